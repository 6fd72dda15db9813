# Instructors' and managers' pages: the cohorts list, a cohort's page (its grid of trainees,
# members, schedule, import, settings, archive), a trainee's record, and the review queue.

cohorts-trainees = { $count ->
    [one] { $count } trainee
   *[other] { $count } trainees
}

cohorts-settings = Cohort settings
cohorts-name = Name
cohorts-starts-on = Starts on
cohorts-ends-on = Ends on
cohorts-save-settings = Save settings

cohorts-dates-range = { $start } to { $end }
cohorts-dates-from = from { $start }
cohorts-dates-until = until { $end }
cohorts-dates-none = no dates set
cohorts-whole-curriculum = the whole curriculum
cohorts-none = none
cohorts-about = Programme: { $programme } · { $dates } · follows { $content } · instructors: { $instructors }

cohorts-cohort-title = Cohort
cohorts-previous = ← Previous
cohorts-next = Next →
cohorts-pages = Pages
cohorts-archived-note = This cohort is archived: it is read-only, and still counted in its programme's figures.
cohorts-sort-filter = Sort and filter
cohorts-find = Find
cohorts-find-placeholder = name, organisation, country
cohorts-sort = Sort
cohorts-by-name = by name
cohorts-by-progress = by progress
cohorts-by-activity = by last activity
cohorts-module = Module
cohorts-all-modules = all modules
cohorts-show = Show
cohorts-page-of = page { $page } of { $pages }
cohorts-download-csv = Download the grid as CSV
cohorts-col-trainee = Trainee
cohorts-col-done = Done
cohorts-column-lesson = Lesson { $number }: { $title }
cohorts-column-lab = Lab { $number }: { $title }
cohorts-invite-codes = Invite codes for this cohort

cohorts-enrol-title = Add a trainee who has an account
cohorts-enrol-add = Add to this cohort

cohorts-withdrawn-title = Withdrawn
cohorts-withdrawn-note = Their work stays; they no longer count as enrolled.
cohorts-withdrawn-on = { $name } ({ $username }), withdrawn on { $day }
cohorts-enrol-again = Enrol again

cohorts-schedule-title = Schedule
cohorts-schedule-note = A module with a date opens to this cohort's trainees on that day; one without is open from the start.
cohorts-opens-on = Opens on
cohorts-module-opens-on = { $module } opens on
cohorts-save = Save

cohorts-archive-title = Archive
cohorts-archive-note = An archived cohort is read-only: no changes, no invites, no imports. Its trainees keep learning, and its figures stay in the programme's dashboard.
cohorts-archive = Archive the cohort
cohorts-unarchive = Bring the cohort back

cohorts-import-title = Import trainees from CSV
cohorts-import-preview = Preview: { $rows }, { $problems }
cohorts-import-rows = { $count ->
    [one] { $count } row ready
   *[other] { $count } rows ready
}
cohorts-import-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
cohorts-import-blocked = Nothing is imported while any row has a problem. Fix the file and preview it again.
cohorts-line = Line
cohorts-country = Country
cohorts-job = Role
cohorts-import-passwords-note = Importing creates the accounts and downloads a file of their first passwords. Give each trainee theirs: the passwords are not kept, and are shown nowhere else.
cohorts-import-button = { $count ->
    [one] Import { $count } trainee and download their password
   *[other] Import { $count } trainees and download their passwords
}
cohorts-cancel = Cancel
cohorts-import-help = Paste the file. Its first line names the columns: name, username, email, organisation, country, role, gender (name, and username or email, are required; country is a two-letter code such as KE).
cohorts-csv = CSV
cohorts-preview = Preview

cohorts-trainee-title = Trainee
cohorts-not-given = not given
cohorts-temporary-password = Temporary password, until its first use:
cohorts-temporary-password-give = Give it to the trainee in private; they choose their own at their next sign-in.
cohorts-manage = Manage
cohorts-reset-password = Reset the password
cohorts-move-to = Move to
cohorts-move = Move
cohorts-withdraw = Withdraw from the cohort
cohorts-withdraw-note = A withdrawn trainee's work stays; they no longer count as enrolled.
cohorts-last-active = Last active
cohorts-never = never
cohorts-progress = Progress
cohorts-lesson-or-lab = Lesson or lab
cohorts-finished = Finished
cohorts-score = Score
cohorts-prerequisites = Prerequisites
cohorts-waive = Let them take it now
cohorts-not-done-yet = not done yet
cohorts-submissions = Submissions
cohorts-when-utc = When (UTC)
cohorts-question = Question
cohorts-answer = Answer
cohorts-verdict = Verdict
cohorts-verdict-correct = correct
cohorts-verdict-wrong = wrong
cohorts-verdict-review = review

reviews-title = Answers to review
reviews-empty = Nothing is waiting for review.
reviews-sent = Sent { $when } UTC
reviews-comment = Comment for the trainee
reviews-accept = Accept
reviews-return = Return with comment
