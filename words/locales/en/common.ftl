# The words every visitor and learner meets: the header and footer, signing in and joining,
# the catalog, tracks, modules, lessons and labs, the glossary.

brand-tagline = Kujenga — open training for national cybersecurity capacity
nav-account = Account
nav-catalog = Catalog
nav-cohorts = Cohorts
nav-reviews = Reviews
nav-invites = Invites
nav-programmes = Programmes
nav-accounts = Accounts
nav-audit = Audit
nav-record = My record
nav-language = Language
nav-breadcrumb = Breadcrumb
nav-pager = Previous and next
sign-in = Sign in
sign-out = Sign out
role-trainee = Trainee
role-instructor = Instructor
role-manager = Programme manager
role-admin = Admin

sign-in-title = Sign in
field-username = Username
field-password = Password
sign-in-new-trainee = New trainee with an invite code?
sign-in-create-account = Create your account

join-title = Join a cohort
join-intro = Your instructor gives you an invite code. It puts your new account in their cohort.
field-invite-code = Invite code
field-your-name = Your name
field-new-password = Password (at least { $count } characters)
join-create = Create account
profile-legend = About your work (optional: your programme reports by these, never by name)
field-email = E-mail
field-organisation = Organisation
field-country = Country (two-letter code, such as KE, GH or LK)
field-job = What you do
field-gender = Gender
not-given = (not given)

not-found-title = Page not found
not-found-go = Go to the catalog

catalog-title = Catalog
catalog-start-here = Start here: { $title }
catalog-continue = Continue where you left off: { $title }
catalog-intro = Three tracks for national cybersecurity teams, police, prosecutors, judges and forensic analysts.
catalog-sign-in-to-record = to record your progress and work the labs.
catalog-your-cohort = Your cohort's curriculum
catalog-also = Also in Kujenga
track-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
progress-done = { $done } of { $total } done ({ $percent }%)

track-title = Track
track-glossary-link = Glossary of this track
module-title = Module
kind-lesson = Lesson
kind-lab = Lab
item-minutes = { $count ->
    [one] { $count } min
   *[other] { $count } min
}
item-done = ✓ done
item-opens = opens { $day }
item-after = after { $titles }
trainer-notes = Trainer notes
trainer-notes-who = Shown to instructors and admins only.
glossary-title = Glossary
glossary-of = Glossary: { $title }

item-about-minutes = { $count ->
    [one] about { $count } minute
   *[other] about { $count } minutes
}
item-objectives = What you will be able to do
item-sources = Sources
item-sign-in-to-record = to record your progress.
item-score = Score: { $score }
item-finished = finished ✓
item-next = Next:
item-files = Your files
item-files-yours = These files were made for you; other learners have different ones. Check each download against its SHA-256.
item-file-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
item-sign-in-for-files = to get your own files for this lab.
item-questions-lab = Questions
item-questions-lesson = Check your understanding
item-sign-in-to-answer = to answer.
lock-opens-on = This module opens to your cohort on { $day }. You can read it now; answers count from that day.
lock-finish-first = Finish these first:
lock-waiver = Your instructor can also let you take it now.
translation-missing = This page is not translated into your language yet; here it is in English.
translation-outdated = This translation follows an earlier version of the English page.
glossary-source = Source: { $source }
