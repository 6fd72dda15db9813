# Cómo se escriben las fechas y los números.

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
format-date = { $day } de { $month } de { $year }
format-date-time = { $date }, { $time } UTC
format-decimal-separator = { "," }
format-group-separator = { "." }
format-percent = { $number } %
