survey-title = About your call

section-call = Your call today

good-service = Did you receive good customer service?
reasonable-time = Did you receive an answer within a reasonable time?
query-resolved = Was your query resolved?
