survey-title = Customer satisfaction survey

section-service = Our service
section-feedback = Your feedback

overall = Overall, how satisfied are you with the service of the Finnish Immigration Service?
    .low = Very dissatisfied
    .high = Very satisfied
information = How easy was it to find and understand the information you needed?
    .low = Very difficult
    .high = Very easy
customer-service = How satisfied are you with the advice and customer service you received?
    .low = Very dissatisfied
    .high = Very satisfied
ease = How easy was it to make your application or to take care of your matter?
    .low = Very difficult
    .high = Very easy
waiting-time = How satisfied are you with how long you had to wait?
    .hint = For an appointment, at the service point or on the phone.
    .low = Very dissatisfied
    .high = Very satisfied
feedback = What should we do better? You can also tell us what went well.
    .hint = Your answers do not affect any decision on your application. Please do not write your name.
