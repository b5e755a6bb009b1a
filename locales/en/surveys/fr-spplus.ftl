survey-title = Share your experience with public services

section-experience = Your experience
section-score = Your overall rating

opinion = What is your opinion of your experience?
experience = Tell us what happened.
    .hint = What did you need, what went well or badly, and what could be better? Use at least 100 characters. Do not write names or file numbers.
elipa-score = From 0 to 10, how satisfied are you with how the administration handled your procedure?
    .hint = For example your residence permit at the prefecture.
    .low = Not at all satisfied
    .high = Completely satisfied
