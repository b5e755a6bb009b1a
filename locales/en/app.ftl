# Heard app texts, English (the fallback language).
# Fixed answer labels are `choice-<id>`; nationalities `country-<iso code>`.

## Resident flow
welcome-title = Welcome
welcome-body = Tell us how life here is for you. It takes a few minutes.
welcome-start = Start
language-title = Choose your language
anonymity-title = Your answers are anonymous
anonymity-body = We do not ask your name. Your answers can in no way affect your asylum application or your residence status.
anonymity-continue = I understand, continue
nav-next = Next
nav-back = Back
nav-skip = Skip
listen = Listen
replay = Listen again
progress = Question { $current } of { $total }
required-hint = Please choose an answer to continue.
save-failed = Your answer could not be saved. Please try again or ask a staff member.

## Stop
stop = Stop
stop-title = Do you want to stop?
stop-body = You can keep the answers you gave or delete them.
stop-keep = Stop and keep my answers
stop-discard = Stop and delete my answers
stop-continue = Continue the survey
stop-deleted = Your answers have been deleted.
ask-help = Ask for help
help-called = Someone from the staff is coming to help you. Please wait here.

## Review and end
review-title = Check your answers
review-change = Change
review-no-answer = No answer
review-send = Send my answers
thanks-title = Thank you!
thanks-body = Your answers have been saved.
thanks-we-did = You said, we did
thanks-done = Finish
still-there-title = Are you still there?
still-there-body = { $seconds ->
    [one] The survey will close in { $seconds } second.
   *[other] The survey will close in { $seconds } seconds.
}
still-there-yes = Yes, I am still here

## Question widgets
choose-many-hint = You can choose more than one.
text-label = Your answer
text-count = { $count } of { $max } characters
number-label = Your number
number-invalid = Please enter a number from { $min } to { $max }.
number-increase = More
number-decrease = Less
ranking-hint = Tap the items in order of importance, the most important first.
ranking-ordered = Your order
ranking-unordered = Still to order
ranking-position = Number { $position }
ranking-move-up = Move up
ranking-move-down = Move down
ranking-remove = Take out of the order
ranking-reset = Start the order again
scale-point = { $value } out of { $max }
smiley-5-1 = Very bad
smiley-5-2 = Bad
smiley-5-3 = Neither good nor bad
smiley-5-4 = Good
smiley-5-5 = Very good
smiley-3-1 = Bad
smiley-3-2 = Neither good nor bad
smiley-3-3 = Good

## Fixed answers
choice-yes = Yes
choice-no = No
choice-above = Better than I expected
choice-at = As I expected
choice-below = Worse than I expected
choice-effective = It worked well
choice-partial = It partly worked
choice-critical = It did not work
choice-positive = Good
choice-neutral = Neither good nor bad
choice-negative = Bad
choice-up = Good
choice-down = Not good
choice-under-14 = Under 14
choice-age-14-17 = 14 to 17
choice-age-18-24 = 18 to 24
choice-age-25-34 = 25 to 34
choice-age-35-44 = 35 to 44
choice-age-45-54 = 45 to 54
choice-age-55-64 = 55 to 64
choice-age-65-plus = 65 or older
choice-female = Woman
choice-male = Man
choice-other = Other
choice-prefer-not = I prefer not to say
choice-under-2-months = Less than 2 months
choice-months-2-6 = 2 to 6 months
choice-months-6-12 = 6 to 12 months
choice-over-12-months = More than 12 months

## Nationalities
country-af = Afghanistan
country-sy = Syria
country-er = Eritrea
country-ps = Palestine
country-tr = Türkiye
country-so = Somalia
country-iq = Iraq
country-gn = Guinea
country-cd = DR Congo
country-bi = Burundi
country-ma = Morocco
country-ua = Ukraine
country-ir = Iran
country-ve = Venezuela
country-co = Colombia
country-ru = Russia

## Administration mode badges (shown to the resident)
mode-self-completed = On your own
mode-assisted = With help from staff
mode-interpreter = With an interpreter
mode-interviewer = A staff member reads the questions
mode-paper = From a paper form

## Staff
staff-corner = Staff: hold for 2 seconds
pin-title = Staff access
pin-label = PIN
pin-submit = Unlock
pin-cancel = Cancel
pin-wrong = { $left ->
    [one] Wrong PIN. { $left } try left.
   *[other] Wrong PIN. { $left } tries left.
}
pin-locked = { $minutes ->
    [one] Too many wrong tries. Try again in { $minutes } minute.
   *[other] Too many wrong tries. Try again in { $minutes } minutes.
}
staff-title = Staff panel
staff-survey = Active survey
staff-survey-builtin = built-in
staff-survey-downloaded = from the server
staff-survey-replaces = from the server, replaces the built-in one
staff-survey-unusable = The survey { $survey } downloaded from the server cannot be used. Press “Sync now” to download it again, or tell the coordinator.
staff-service-point = Service point (a desk or counter, never a person)
staff-facility = Facility code
staff-mode = How the next response is collected
staff-counts = Responses on this device
staff-completed-today = Completed today
staff-abandoned-today = Stopped or abandoned today
staff-completed-total = Completed in total
staff-abandoned-total = Abandoned in total
staff-pending = Waiting to be sent
staff-settings = Settings
staff-timeout = Minutes without a touch before the survey resets
staff-save = Save settings
staff-saved = Saved.
staff-invalid = { $field } is not valid: use lowercase letters, digits and hyphens.
staff-timeout-invalid = Choose a number of minutes from 1 to 60.
staff-pin-change = Change the PIN
pin-current = Current PIN
pin-confirm = New PIN again
pin-changed = The PIN has been changed.
pin-mismatch = The two new PINs are not the same.
staff-start = Start the survey
staff-start-entry = Enter a response
staff-close = Close the staff panel
staff-no-survey = No survey is available on this device.

## Staff: languages (review status, coverage, recordings by people)
staff-help-call = A resident who reads { $language } asked for help. This survey cannot yet be listened to in full in that language. Please go to them.
staff-listen-missing = Missing to listen
staff-record-missing = Record what is missing in { $language }
staff-dismiss = Dismiss
staff-translations = Translations
staff-language = Language
staff-app-words = App words
staff-status-draft = Draft, awaiting native review
staff-status-reviewed = Reviewed
staff-coverage = Text and audio coverage
staff-coverage-text = Text
staff-audio-missing = No audio
staff-audio-synthetic = Synthetic
staff-audio-recorded = Recorded
staff-recordings = Record prompts
staff-record-item = What to record
staff-record = Record
staff-record-stop = Stop recording
staff-record-keep = Keep this recording
staff-record-import = Or import a sound file
staff-record-kept = Kept: this recording plays from now on.
staff-record-refused = This file cannot be used: it must be a sound file under 2 MB.
staff-record-no-mic = No microphone is available.

# Sync (staff panel)
sync-title = Sync with the server
sync-not-enrolled = This tablet is not enrolled with a sync server yet.
sync-enrolled = Enrolled with { $server }
sync-server-url = Server address
sync-code = Enrolment code (from the coordinator)
sync-enrol = Enrol this tablet
sync-enrolling = Enrolling…
sync-enrol-ok = This tablet is enrolled. Answers will be sent automatically.
sync-error-address = That server address is not valid. It should start with { $start }
sync-error-wrong-code = That code is not right, or it was already used. Ask the coordinator for a new code.
sync-error-expired = That code has expired. Ask the coordinator for a new code.
sync-error-unreachable = Could not reach the server. Check the internet connection and the server address.
sync-error-tls = The secure connection to the server failed. Check the tablet's date and time and the server address.
sync-error-too-many = Too many attempts. Wait a minute and try again.
sync-error-server = The server could not enrol this tablet. Try again later or tell the coordinator.
sync-now = Sync now
sync-last-success = Last successful sync
sync-minutes-ago = { $minutes } min. ago
sync-never = Not yet
sync-last-error = Last problem
sync-set-aside = Set aside by the server

## Staff: first-run setup, PIN rules, set-aside answers, clock
setup-title = Set up this tablet
setup-body = Choose the staff PIN before residents use this tablet. Staff need it to open the staff panel: hold the top corner for 2 seconds. Share it only with staff.
setup-pin = Staff PIN (6 to 12 digits)
setup-pin-again = Staff PIN again
setup-save = Save the PIN
pin-new-digits = New PIN (6 to 12 digits)
pin-rule-digits = A PIN has 6 to 12 digits, and only digits.
pin-rule-common = This PIN is one of the most common PINs. Choose another.
pin-rule-sequence = This PIN is too simple (one digit repeated, counting up or down, or a repeated pattern). Choose another.
sync-error-waiting = Answers waiting to be sent to the server this tablet is enrolled with: { $count }. Press “Sync now” to send them first, then enrol with the new server.
clock-off = This tablet's date and time are wrong: they differ from the server's by more than a day (days: { $days }). Set the date and time in the tablet's settings.
set-aside-wrong-facility = These answers name another facility than the one this tablet is enrolled at. Check the facility in Settings and tell the coordinator.
set-aside-survey-not-on-server = The server does not run this survey for your facility. Ask the coordinator to assign it on the server.
set-aside-conflict = The server already has other answers under the same number. Tell the coordinator; there is nothing to do on the tablet.
set-aside-invalid = These answers do not fit the survey on the server, perhaps because it changed. Tell the coordinator.
set-aside-other = The server did not accept these answers for a reason this app does not know. Update the app and tell the coordinator.
set-aside-kept = Set-aside answers stay on this tablet for 30 days, then they are deleted.

## The web build: whether the browser keeps the answers when space runs low
storage-kept = This browser keeps Heard's answers even when the tablet runs low on space.
storage-not-kept = This browser may delete Heard's answers when the tablet runs low on space. Sync often. If Heard opens at first-run setup again, its answers were deleted: choose the PIN and enrol the tablet again.
setup-storage-lost = The browser deleted what Heard had stored on this tablet (its storage was cleared or ran out of space). Answers not yet sent to the server are lost. Choose the PIN, then enrol the tablet again in the staff panel.

# "What is kept?" on the anonymity screen: the fields a response stores (heard_core::kept).
kept-open = What is kept?
kept-title = What is kept?
kept-close = Close
kept-list-title = Kept with your answers
kept-answers = Your answers
kept-period = The month, not the day or the time
kept-facility = The centre
kept-service-point = The place in the centre where you answered, if there is one
kept-language = The language you chose
kept-mode = Whether you answered alone or with help
kept-audio-used = Whether you listened to the questions
kept-status = Whether you finished or stopped
kept-survey = Which survey, and which version of it
kept-id = A random number, so that your answers are not counted twice
kept-never-title = Never kept
kept-never-name = Your name, or any number about you
kept-never-device = This tablet or phone
kept-never-time = The exact date and time
kept-never-helper = Who helped you
kept-never-voice = Your voice or your face
