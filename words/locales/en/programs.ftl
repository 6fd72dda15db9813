# Managers' and admins' pages: the programmes list, setting up programmes and cohorts, and a
# programme's dashboard (its filters, tables, CSV links, charts and their text alternatives).

programs-none = No programme yet.
programs-programme = Programme
programs-trainees = Trainees
programs-managers = Managers
programs-new-programme = New programme
programs-name = Name
programs-manager = Manager
programs-later = (later)
programs-create-programme = Create programme
programs-managers-note = A removed manager keeps their account and no longer sees the programme.
programs-add-manager = Add manager
programs-remove-manager = Remove manager
programs-archive-title = Archive a programme
programs-archive-note = An archived programme and its cohorts are read-only, and still counted in the dashboard.
programs-archive = Archive
programs-bring-back = Bring back
programs-rename-title = Rename a programme
programs-new-name = New name
programs-rename = Rename
programs-new-cohort = New cohort
programs-starts-on = Starts on
programs-ends-on = Ends on
programs-create-cohort = Create cohort
programs-add-instructor-title = Add an instructor to a cohort
programs-cohort = Cohort
programs-add-instructor = Add instructor
programs-curriculum = Curriculum (none ticked: all of it)

programs-dashboard-title = Dashboard
programs-as-of = Figures as of { $time } UTC.
programs-filters = Filters
programs-country = Country
programs-all = All
programs-apply = Apply
programs-clear = Clear
# After the number of enrolled trainees, shown in bold before it.
programs-headline-enrolled = { $count ->
    [one] enrolled
   *[other] enrolled
}
# After the number of trainees active in the last 14 days, shown in bold before it.
programs-headline-active = { $count ->
    [one] active in the last 14 days
   *[other] active in the last 14 days
}
# After a percentage shown in bold.
programs-headline-completion = completion
# After a percentage shown in bold.
programs-headline-lab-score = average lab score
programs-csv = Download as CSV
programs-weeks-title = Completions per week
programs-completion-title = Completion by track and module
programs-track-or-module = Track or module
programs-learners = Learners
programs-finished = Finished
programs-completion = Completion
programs-funnel-title = Module funnel
programs-labs-title = Labs
programs-average-score = Average score
# $tables: the names of the CSV files, which stay in English.
programs-exports = CSV exports: { $tables }.
programs-by-cohort = By cohort
programs-by-organisation = By organisation
programs-by-country = By country
programs-by-gender = By gender
programs-enrolled = Enrolled
programs-active = Active (14 days)
programs-lab-score = Lab score

# The weekly chart's text alternative; $counts: the numbers, week by week.
programs-weeks-summary = Completions per week from { $from } to { $to }: { $counts }.
programs-week-bar = { $count ->
    [one] Week of { $week }: { $count } completion
   *[other] Week of { $week }: { $count } completions
}
programs-numbers = The numbers
programs-week-starting = Week starting
programs-completions = Completions
programs-cumulative = Cumulative
# The funnel chart's text alternative; $steps: each module with its number of learners.
programs-funnel-summary = Learners who finished each module. { $steps }
programs-funnel-bar = { $count ->
    [one] { $module }: { $count } learner finished it
   *[other] { $module }: { $count } learners finished it
}
