survey-title = Your opinion of the centre for foreigners

section-centre = Life in the centre

accommodation = How do you assess the accommodation in the centre?
    .hint = Compared with what you expected.
food = How do you assess the food?
    .hint = Compared with what you expected.
medical-care = How do you assess the medical care?
    .hint = Compared with what you expected.
staff-assistance = How do you assess the assistance from the Office staff?
    .hint = Compared with what you expected.
security = How do you assess security at the centre?
    .hint = How safe you feel, compared with what you expected.
