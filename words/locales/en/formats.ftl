# How dates and numbers are written.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
format-date = { $day } { $month } { $year }
format-date-time = { $date }, { $time } UTC
format-decimal-separator = { "." }
format-group-separator = { "," }
format-percent = { $number }%
