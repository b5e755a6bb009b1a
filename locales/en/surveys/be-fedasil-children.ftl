survey-title = Your life in the centre

section-home = Your room and bathroom
section-food = Food
section-adults = The adults who help you
section-safety = Safety
section-feelings = How you feel
section-overall = Everything together
section-about-you = About you

room = How do you like your room?
room-problem = What is not good?
    .hint = You can choose more than one.
    .choice-too-many-people = Too many people
    .choice-noisy = Too loud
    .choice-cold-or-hot = Too cold or too hot
    .choice-broken = Things are broken
    .choice-other = Something else

bathroom = How do you like the toilets and showers?
bathroom-problem = What is not good?
    .hint = You can choose more than one.
    .choice-dirty = Dirty
    .choice-no-hot-water = No hot water
    .choice-no-privacy = Others can see me
    .choice-broken = Things are broken
    .choice-other = Something else

food = How do you like the food?
food-problem = What is not good?
    .hint = You can choose more than one.
    .choice-taste = It does not taste good
    .choice-not-enough = Not enough food
    .choice-not-my-food = I cannot eat it (religion or health)
    .choice-always-the-same = Always the same
    .choice-other = Something else

adults-help = Do the adults here help you well?
    .hint = The staff, your guardian, your social worker.
adults-problem = What is not good?
    .hint = You can choose more than one.
    .choice-not-listened = They do not listen to me
    .choice-no-time = They have no time for me
    .choice-not-understood = We do not understand each other
    .choice-unfair = They are not fair
    .choice-other = Something else

safe = Do you feel safe here?
safe-problem = What makes you feel unsafe?
    .hint = You can choose more than one.
    .choice-fights = Fights
    .choice-bullying = Others bully me
    .choice-theft = My things get stolen
    .choice-at-night = At night
    .choice-other = Something else

feel = How do you feel here?
feel-problem = What makes you feel bad?
    .hint = You can choose more than one.
    .choice-worried = I worry a lot
    .choice-bored = Nothing to do
    .choice-lonely = I feel alone
    .choice-miss-family = I miss my family
    .choice-sick = I feel sick or in pain
    .choice-other = Something else

life-here = How is your life in the centre?
comment = Do you want to tell us something else?
    .hint = Do not write your name.

age = How old are you?
