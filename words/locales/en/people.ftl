# The pages about people: the accounts directory and an account's page, and the invite codes
# (admin.rs); a person's own account (account.rs); a learner's own record (record.rs); the
# audit log (audit.rs).

## The accounts directory

admin-find-label = Find accounts
admin-find = Find
admin-find-placeholder = name, username, organisation
admin-role = Role
admin-cohort = Cohort
# In a filter: no restriction.
admin-any = any
admin-show = Show
admin-count = { $count ->
    [one] { $count } account · page { $page } of { $pages }
   *[other] { $count } accounts · page { $page } of { $pages }
}
admin-name = Name
admin-last-active = Last active
admin-status = Status
# Last active: never.
admin-never = never
# An account's status.
admin-active = active
admin-disabled = disabled
admin-pages = Pages
admin-previous = ← Previous
admin-next = Next →
admin-add-title = Add an account
admin-add = Add account

## An account's page, for admins

admin-account-title = Account
admin-created = Created
admin-country = Country
# No cohorts.
admin-none = none
admin-not-given = not given
# Followed by the password, then by admin-temporary-give.
admin-temporary = Temporary password, until its first use:
admin-temporary-give = Give it to the person in private. They choose their own at their next sign-in.
admin-temporary-waiting = A temporary password waits to be changed.
admin-reset = Reset the password
admin-reset-note = A reset ends the person's sessions and gives a temporary password, shown here.
admin-access = Access
admin-enable = Enable the account
admin-disable = Disable the account
admin-change-role = Change role
admin-erase-title = Erase
admin-erase-note = Erasing removes the person's name, username, e-mail and written answers for good. Their scores stay in the programme's figures, with no name.
admin-erase-confirm = I have the person's request to erase their account
admin-erase = Erase the account

## Invite codes

admin-invites-title = Invite codes
# The address /join comes between admin-invites-intro-opens and admin-invites-intro-types.
admin-invites-intro-opens = A trainee opens
admin-invites-intro-types = and types the code to create an account in the cohort.
admin-invites-trainees = { $count ->
    [one] { $count } trainee
   *[other] { $count } trainees
}
# After an invite code: how many accounts it made, of how many it may make, and its last day.
admin-invites-usage = used { $uses } of { $max } · valid until { $day }
admin-invites-revoke = Revoke
admin-invites-days = Valid for (days)
admin-invites-uses = Uses
admin-invites-new = New invite code

## A person's own account

account-title = Your account
account-signed-in-as = Signed in as { $username } · { $role }
account-saved-password = Your new password is saved. Your other sessions are signed out.
account-saved-details = Your details are saved.
account-reset = Your password was reset by your instructor or an administrator. Choose a new one to go on.
account-password-title = Change your password
account-current-password = Current password
account-new-password = { $count ->
    [one] New password (at least { $count } character; a short sentence is easy to remember)
   *[other] New password (at least { $count } characters; a short sentence is easy to remember)
}
account-change-password = Change password
account-password-note = Changing your password signs you out everywhere else.
account-details = Your details
account-language = Language of the pages
# The language choice that follows the browser's settings.
account-language-browser = (the browser's)
account-save = Save your details
account-record-link = Your record and all your data

## A learner's own record

record-title = Your record
# Followed by the links record-json, record-or and record-csv.
record-intro = Everything Kujenga holds about you:
record-json = download it as JSON
record-or = or
record-csv = as a spreadsheet (CSV)
record-name = Name
record-country = Country
# No cohorts.
record-none = none
record-not-given = not given
# $count: every lesson and lab.
record-finished = { $count ->
    [one] Finished: { $done } of { $count } lesson or lab
   *[other] Finished: { $done } of { $count } lessons and labs
}
record-item = Lesson or lab
record-finished-on = Finished on
record-score = Score
record-reviews = Reviews of your written answers
record-none-yet = None yet.
# Where a written answer is in its review.
record-state-pending = waiting for your instructor
record-state-accepted = accepted
record-state-returned = returned to you
# $item: a lesson or lab; $question: the question; $state: one of the record-state- messages.
record-review = { $item } ({ $question }): { $state }
# The same, with the instructor's comment.
record-review-comment = { $item } ({ $question }): { $state }: “{ $comment }”
record-answers = Your answers
record-when = When (UTC)
record-question = Question
record-answer = Answer
record-result = Result
# An answer's result.
record-verdict-correct = correct
record-verdict-wrong = wrong
# A written answer, sent to an instructor to review.
record-verdict-review = review

## The audit log

audit-title = Audit log
audit-whole = The whole log.
audit-part = Your programmes' part of the log.
audit-never-written = Passwords, codes and answer keys are never written to it.
audit-filter = Filter the log
# A filter, and a column: who did it.
audit-who = Who
audit-who-placeholder = username
# A filter, and a column: the action.
audit-what = What
audit-anything = anything
# Dates, from … to ….
audit-from = From
audit-to = To
audit-show = Show
audit-count = { $count ->
    [one] { $count } row · page { $page } of { $pages }
   *[other] { $count } rows · page { $page } of { $pages }
}
audit-csv = Download as CSV
audit-when = When (UTC)
# A column: what the action was done to.
audit-object = To what
audit-change = Change
audit-pages = Pages
audit-newer = ← Newer
audit-older = Older →
