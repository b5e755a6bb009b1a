survey-title = How did we do?

section-measures = Your contact with the IND
section-information = Our information
section-remarks = Your remarks

kto = Overall, how satisfied are you with the IND today?
    .low = Very dissatisfied
    .high = Very satisfied
ces = How easy was it to arrange what you needed?
    .low = Very difficult
    .high = Very easy
goal = Were you able to do what you came for?

thumbs = Was the information you received useful?
thumbs-down-reason = What was wrong with the information?
    .choice-not-found = I could not find what I was looking for
    .choice-unclear = It was hard to understand
    .choice-incomplete = Something was missing
    .choice-not-correct = It was not correct or not up to date
    .choice-other = Something else
thumbs-down-detail = Can you tell us more?
    .hint = Optional. Please do not write your name or V-number.

remark-category = Would you like to leave a remark? What is it about?
    .hint = Optional.
    .choice-technical-failure = Something did not work (technical failure)
    .choice-remark = A remark
    .choice-tip = A tip to improve
    .choice-other = Something else
remark = Your remark
    .hint = Please do not write your name or V-number.
