# كيف تُكتب التواريخ والأرقام.

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
format-date = { $day } { $month } { $year }
format-date-time = { $date }، { $time } UTC
format-decimal-separator = { "." }
format-group-separator = { "," }
format-percent = { $number }%
