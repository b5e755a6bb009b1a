survey-title = Your life in the centre

section-accommodation = Your room and bathrooms
section-food = Meals
section-supervision = Help from staff
section-safety = Safety
section-well-being = How you feel
section-overall = Overall
section-about-you = About you (optional)

room-satisfied = Are you satisfied with your room?
room-reasons = What is wrong with your room?
    .hint = You can choose more than one.
    .choice-crowded = Too many people
    .choice-noisy = Too noisy
    .choice-cold-or-hot = Too cold or too hot
    .choice-no-privacy = No privacy
    .choice-broken = Things are broken
    .choice-other = Something else

sanitary-satisfied = Are you satisfied with the toilets and showers?
sanitary-reasons = What is wrong with the toilets and showers?
    .hint = You can choose more than one.
    .choice-not-clean = Not clean
    .choice-too-few = Not enough of them
    .choice-no-hot-water = No hot water
    .choice-no-privacy = No privacy
    .choice-broken = Things are broken
    .choice-other = Something else

food-satisfied = Are you satisfied with the meals?
food-reasons = What is wrong with the meals?
    .hint = You can choose more than one.
    .choice-taste = The taste
    .choice-quantity = Not enough food
    .choice-not-halal-or-diet = Not right for my religion or diet
    .choice-no-variety = Always the same
    .choice-meal-times = Meal times do not suit me
    .choice-cannot-cook = I cannot cook for myself
    .choice-other = Something else

supervision-satisfied = Are you satisfied with the help from the staff?
supervision-reasons = What is wrong with the help from the staff?
    .hint = You can choose more than one.
    .choice-not-listened = They do not listen to me
    .choice-no-information = I do not get enough information
    .choice-hard-to-reach = They are hard to reach
    .choice-language = We do not understand each other
    .choice-unfair = I am not treated fairly
    .choice-other = Something else

safety-satisfied = Do you feel safe in the centre?
safety-reasons = Why do you not feel safe?
    .hint = You can choose more than one.
    .choice-conflicts = Fights or arguments
    .choice-theft = Things get stolen
    .choice-at-night = At night
    .choice-no-lock = My room does not lock
    .choice-harassment = People bother or threaten me
    .choice-other = Something else

well-being-satisfied = Do you feel well in the centre?
well-being-reasons = What makes you feel unwell?
    .hint = You can choose more than one.
    .choice-worry-procedure = Worry about my procedure
    .choice-boredom = Nothing to do
    .choice-loneliness = Loneliness
    .choice-health = My health
    .choice-family = Being far from family
    .choice-other = Something else

overall-rating = How do you rate the centre overall?
    .low = Very bad
    .high = Very good
comment = Is there anything else you want to tell us?
    .hint = Please do not write your name.

age = How old are you?
sex = Are you…
nationality = What is your nationality?
stay = How long have you lived in this centre?
