"""Measures, converted to metres or square metres (magnitude stays itself), as a
rounding interval at the precision written, so one fact in two units compares."""

import pytest

import helpers

from factcheck.extract import extract_found

KM, MILE, NMI, SQKM, SQMI, LB = 1000, 1609.344, 1852, 1e6, 2589988.110336, 0.45359237
H = 3600


def pick(text, span):
    return helpers.pick(text, "measure", span)


# text, span, low, high, qualifier, stated unit, canonical unit
MEASURES = [
    ("The cellar held 3 hectolitres of wine.", "3 hectolitres", 250.1, 349.9, "exact", "hectolitre", "litre"),
    # a gallon is the US one unless written imperial; "mpg" too (a British car's figure is another test's)
    ("The tank holds 10 imperial gallons.", "10 imperial gallons", 9.501 * 4.54609, 10.499 * 4.54609, "exact",
     "imperial_gallon", "litre"),
    ("The tank holds 10 US gallons.", "10 US gallons", 9.501 * 3.785411784, 10.499 * 3.785411784, "exact", "gallon",
     "litre"),
    ("The car does 45 mpg on the motorway.", "45 mpg", 44.501 * 425.1437075, 45.499 * 425.1437075, "exact",
     "mile_per_gallon", "metre_per_litre"),
    ("It returns 56.5 mpg imperial.", "56.5 mpg imperial", 56.4501 * 354.0061899, 56.5499 * 354.0061899, "exact",
     "mile_per_imperial_gallon", "metre_per_litre"),
    ("Police seized 4 short tons of cocaine.", "4 short tons", 3.501 * 907.18474, 4.499 * 907.18474, "exact", "ton", "kilogram"),
    # a newborn's weight in pounds and ounces is one weight
    ("The baby weighed 7lb 8oz.", "7lb 8oz", 7 * 0.45359237 + 7.501 * 0.028349523125, 7 * 0.45359237 + 8.499 * 0.028349523125,
     "exact", "pound", "kilogram"),
    ("The baby weighed 8 pounds, 3 ounces.", "8 pounds, 3 ounces", 8 * 0.45359237 + 2.501 * 0.028349523125,
     8 * 0.45359237 + 3.499 * 0.028349523125, "exact", "pound", "kilogram"),
    ("The car has a 500 hp engine.", "500 hp", 475.05 * 745.69987158, 524.95 * 745.69987158, "exact", "horsepower", "watt"),
    ("The car has a 500-horsepower engine.", "500-horsepower", 475.05 * 745.69987158, 524.95 * 745.69987158, "exact",
     "horsepower", "watt"),
    ("CO2 levels reached 400 ppm.", "400 ppm", 380.04, 419.96, "exact", "part_per_million", "part_per_million"),
    ("Arsenic reached 10 parts per billion.", "10 parts per billion", 0.009501, 0.010499, "exact", "part_per_billion",
     "part_per_million"),
    ("The road runs 3km-5km.", "3km-5km", 3000, 5000, "range", "kilometre", "metre"),
    ("Temperatures hit 30C-35C.", "30C-35C", 30, 35, "range", "celsius", "celsius"),
    ("The ship carried 4 long tons of coal.", "4 long tons", 3.501 * 1016.0469088, 4.499 * 1016.0469088, "exact", "long_ton",
     "kilogram"),
    # "m" before a unit is millions of it, not metres
    ("1m tonnes of grain were sent.", "1m tonnes", 0.501e9, 1.499e9, "exact", "tonne", "kilogram"),
    ("They shipped 2.5m barrels.", "2.5m barrels", 2.4501e6 * 158.987294928, 2.5499e6 * 158.987294928, "exact", "barrel", "litre"),
    # the ends of a range in two units
    ("The queue was 800 metres to 2 kilometres long.", "800 metres to 2 kilometres", 800, 2000, "range", "kilometre", "metre"),
    ("The ship was 120 nautical miles off the coast.", "120 nautical miles", 115.01 * NMI, 124.99 * NMI, "exact", "nautical_mile", "metre"),
    ("a range of 2,500km (1,550 miles)", "2,500km", 2450.1 * KM, 2549.9 * KM, "exact", "kilometre", "metre"),
    ("a range of 2,500km (1,550 miles)", "1,550 miles", 1545.01 * MILE, 1554.99 * MILE, "exact", "mile", "metre"),
    ("a 1,550-mile trip", "1,550-mile", 1545.01 * MILE, 1554.99 * MILE, "exact", "mile", "metre"),
    ("an area of 60,000 sq km", "60,000 sq km", 57006 * SQKM, 62994 * SQKM, "exact", "square_kilometre", "square_metre"),
    ("some 23,000 square miles", "some 23,000 square miles", 20700 * SQMI, 25300 * SQMI, "about", "square_mile", "square_metre"),
    ("23,000 square miles", "23,000 square miles", 22501 * SQMI, 23499 * SQMI, "exact", "square_mile", "square_metre"),
    # a square nautical mile is a nautical mile's square (1,852 m a side), no square mile
    ("The zone covers 5,000 square nautical miles.", "5,000 square nautical miles", 4750.5 * NMI ** 2, 5249.5 * NMI ** 2, "exact",
     "square_nautical_mile", "square_metre"),
    ("a 30-square-nautical-mile zone", "30-square-nautical-mile", 28.503 * NMI ** 2, 31.497 * NMI ** 2, "exact",
     "square_nautical_mile", "square_metre"),
    ("about 2,500km away", "about 2,500km", 2250 * KM, 2750 * KM, "about", "kilometre", "metre"),
    ("a 5-7 km stretch", "5-7 km", 5 * KM, 7 * KM, "range", "kilometre", "metre"),
    ("a 10m wall", "10m", 9.501, 10.499, "exact", "metre", "metre"),
    ("a magnitude 8.9 earthquake", "magnitude 8.9", 8.8501, 8.9499, "exact", "magnitude", "magnitude"),
    ("a magnitude-7.8 quake", "magnitude-7.8", 7.7501, 7.8499, "exact", "magnitude", "magnitude"),
    ("a 9.0-magnitude earthquake", "9.0-magnitude", 8.9501, 9.0499, "exact", "magnitude", "magnitude"),
    ("A 6.5 magnitude quake", "6.5 magnitude", 6.4501, 6.5499, "exact", "magnitude", "magnitude"),
    # fuel economy: "mpg" as "miles per gallon" reads (test_a_measure_or_count_per_unit_is_a_ratio)
    ("The car returns 50 mpg.", "50 mpg", 47.505 * 425.1437075, 52.495 * 425.1437075, "exact", "mile_per_gallon", "metre_per_litre"),
    # a bare capital T weighs tonnes; trillions only after a currency sign (test_money)
    ("A 3.5T truck overturned.", "3.5T", 3450.1, 3549.9, "exact", "tonne", "kilogram"),
    ("It shipped 3 metric tonnes.", "3 metric tonnes", 2501, 3499, "exact", "tonne", "kilogram"),
    # an index's or a poll's points with decimals; whole points are counts (counts.py)
    ("The FTSE 100 was up 3.2 points at 6,950.", "3.2 points", 3.1501, 3.2499, "exact", "point", "point"),
    ("The Dow fell 120.35 points, or 0.7%.", "120.35 points", 120.345, 120.355, "exact", "point", "point"),
    ("The stock rose 1.5 pts.", "1.5 pts", 1.4501, 1.5499, "exact", "point", "point"),
    # a car's fuel use per 100 km is no distance of 100 km
    ("The hybrid averages 4.5 litres per 100 km.", "4.5 litres per 100 km", 4.4501, 4.5499, "exact",
     "litre_per_100_kilometre", "litre_per_100_kilometre"),
    ("The car uses 5.2 l/100km.", "5.2 l/100km", 5.1501, 5.2499, "exact", "litre_per_100_kilometre",
     "litre_per_100_kilometre"),
    # areas and volumes abbreviated with a full stop or a spelled unit
    ("The flat is 50 sq metres.", "50 sq metres", 47.505, 52.495, "exact", "square_metre", "square_metre"),
    ("The office is 2,000 sq. ft.", "2,000 sq. ft.", 176.534, 195.078, "exact", "square_foot", "square_metre"),
    ("The plant uses 2,000 cu m of water.", "2,000 cu m", 1900200, 2099800, "exact", "cubic_metre", "litre"),
    ("The mine produced 250,000 troy ounces.", "250,000 troy ounces", 7620.66, 7931.08,
     "exact", "troy_ounce", "kilogram"),
    ("The field holds 3.2 Tcf of gas.", "3.2 Tcf", 3.1501 * 28316846592000, 3.2499 * 28316846592000, "exact",
     "trillion_cubic_foot", "litre"),
    ("Reserves are 2.1 billion boe.", "2.1 billion boe", 2.0501e9, 2.1499e9, "exact", "barrel_of_oil_equivalent",
     "barrel_of_oil_equivalent"),
    ("They poured 5 cubic yards.", "5 cubic yards", 3441.26, 4204.29, "exact", "cubic_yard", "litre"),
    ("The star is 5 light years away.", "5 light years", 4.25827e16, 5.20246e16, "exact", "light_year", "metre"),
    ("The blast reached 100 decibels.", "100 decibels", 95.01, 104.99, "exact", "decibel", "decibel"),
    # the magnitude's letters, glued or not, before a number with decimals
    ("A M6.3 quake hit.", "M6.3", 6.2501, 6.3499, "exact", "magnitude", "magnitude"),
    ("The quake, M6.3 by one count, hit.", "M6.3", 6.2501, 6.3499, "exact", "magnitude", "magnitude"),
    ("An Mw 7.1 quake hit.", "Mw 7.1", 7.0501, 7.1499, "exact", "magnitude", "magnitude"),
    ("An Mw7.1 quake hit.", "Mw7.1", 7.0501, 7.1499, "exact", "magnitude", "magnitude"),
    ("It measured 7.0 on the Richter scale.", "7.0 on the Richter scale", 6.9501, 7.0499, "exact", "magnitude", "magnitude"),
    ("It measured 9.0 on the moment magnitude scale.", "9.0 on the moment magnitude scale", 8.9501, 9.0499, "exact",
     "magnitude", "magnitude"),
    # a quake word and the verb that gives its size name the scale of a number with decimals
    ("A quake measuring 7.0 hit.", "7.0", 6.9501, 7.0499, "exact", "magnitude", "magnitude"),
    ("An earthquake of 6.1 struck.", "6.1", 6.0501, 6.1499, "exact", "magnitude", "magnitude"),
    ("Tremors registering 5.4 followed.", "5.4", 5.3501, 5.4499, "exact", "magnitude", "magnitude"),
    # a storm's category: a step of its scale, exact, however the step and the word are written
    ("The storm made landfall as a Category 4 hurricane.", "Category 4", 4, 4, "exact", "storm_category", "storm_category"),
    ("It hit as a category-five typhoon.", "category-five", 5, 5, "exact", "storm_category", "storm_category"),
    ("A Category-5 storm is the strongest.", "Category-5", 5, 5, "exact", "storm_category", "storm_category"),
    ("The hurricane, a Cat 4 at landfall, weakened.", "Cat 4", 4, 4, "exact", "storm_category", "storm_category"),
    ("The hurricane was downgraded to Category 2 on Thursday.", "Category 2", 2, 2, "exact", "storm_category",
     "storm_category"),
    ("What we know after Category 3 landfall in Florida", "Category 3", 3, 3, "exact", "storm_category", "storm_category"),
    ("Maria reached Category 5 strength overnight.", "Category 5", 5, 5, "exact", "storm_category", "storm_category"),
    ("Ida rated a 4 on the Saffir-Simpson scale.", "4 on the Saffir-Simpson scale", 4, 4, "exact", "storm_category",
     "storm_category"),
    ("Typhoon Haiyan weakened. It made landfall again as a Category Three.", "Category Three", 3, 3, "exact",
     "storm_category", "storm_category"),
    # a height in feet and inches is one length
    ("He is 6 feet 2 inches tall.", "6 feet 2 inches", 1.86693, 1.89227, "exact", "foot", "metre"),
    ("He is 5ft 10in tall.", "5ft 10in", 1.76533, 1.79068, "exact", "foot", "metre"),
    # a height's inches glued to its feet with a hyphen, to the inch
    ("The 6-foot-2 guard scored.", "6-foot-2", 1.8669, 1.8923, "exact", "foot", "metre"),
    ("a 6-foot-2-inch center", "6-foot-2-inch", 1.8669, 1.8923, "exact", "foot", "metre"),
    ("a 6-foot-12 pole", "6-foot", 1.6767, 1.9809, "exact", "foot", "metre"),  # no twelfth inch: the feet alone
    # ... or after a space, in digits or words, a man's height (four to eight feet) with no unit after its inches
    ("He stands 5 foot 10 in his socks.", "5 foot 10", 1.7653, 1.7907, "exact", "foot", "metre"),
    ("The suspect is five foot ten.", "five foot ten", 1.7653, 1.7907, "exact", "foot", "metre"),
    ("The 5ft 10 striker scored twice.", "5ft 10", 1.7653, 1.7907, "exact", "foot", "metre"),
    ("He is 6 foot 2, police said.", "6 foot 2", 1.8669, 1.8923, "exact", "foot", "metre"),
    ("It was 5 foot 10 inches tall.", "5 foot 10 inches", 1.76533, 1.79068, "exact", "foot", "metre"),
    ("The wall is 6 foot 2 metres from the road.", "6 foot", 1.6767, 1.9809, "exact", "foot", "metre"),
    ("The fence rose 6 foot 8 years ago.", "6 foot", 1.6767, 1.9809, "exact", "foot", "metre"),
    ("A 12 foot 6 wide gap opened.", "12 foot", 3.5055, 3.8097, "exact", "foot", "metre"),
    ("She is 5 feet 4in tall.", "5 feet 4in", 1.61293, 1.63827, "exact", "foot", "metre"),
    ("She is 5 ft 6 in tall.", "5 ft 6 in", 1.66373, 1.68907, "exact", "foot", "metre"),
    ("The fish was 3 feet 2 in long.", "3 feet 2 in", 0.95253, 0.97787, "exact", "foot", "metre"),
    ("He stands 6 ft 1 in, police said.", "6 ft 1 in", 1.84153, 1.86687, "exact", "foot", "metre"),
    # inches glued to their digits with no feet before them, before "of" or a word of size
    ("The storm dropped 3.5in of rain.", "3.5in", 0.0876325, 0.0901675, "exact", "inch", "metre"),
    ("The cell measured 12 sq. meters.", "12 sq. meters", 11.501, 12.499, "exact", "square_metre", "square_metre"),
    # ... and with primes, as American copy writes a height
    ("The suspect is 5'11\" and weighs 180 pounds.", "5'11\"", 1.79073, 1.81607, "exact", "foot", "metre"),
    ("She is 5′4″ tall.", "5′4″", 1.61293, 1.63827, "exact", "foot", "metre"),
    ("He was described as 5’10” and 170 pounds.", "5’10”", 1.76533, 1.79067, "exact", "foot", "metre"),
    # temperatures below zero
    ("Temperatures fell to -5C.", "-5C", -5.499, -4.501, "exact", "celsius", "celsius"),
    ("minus 20 degrees Celsius", "minus 20 degrees Celsius", -20.998, -19.002, "exact", "celsius", "celsius"),
    # "plus or minus": a margin either way, unsigned
    ("The forecast is accurate to plus or minus 2C.", "2C", 1.501, 2.499, "exact", "celsius", "celsius"),
    ("Readings vary by +/-5 degrees Celsius.", "5 degrees Celsius", 4.501, 5.499, "exact", "celsius", "celsius"),
    # ... and a range after it: both ends unsigned (the range's own minus reads the first end's sign)
    ("Forecasts are off by plus or minus 2 to 3 degrees Celsius.", "2 to 3 degrees Celsius", 2, 3, "range", "celsius", "celsius"),
    ("Temperatures range from minus 5 to 5 degrees Celsius.", "from minus 5 to 5 degrees Celsius", -5, 5, "range", "celsius",
     "celsius"),
    ("temperatures of 10-15C", "10-15C", 10, 15, "range", "celsius", "celsius"),
    # more units news uses
    # "pounds" weigh unless a scale or a sign makes them money (money.ambiguous in units.yaml)
    ("The boy weighs 140 pounds.", "140 pounds", 135.01 * LB, 144.99 * LB, "exact", "pound", "kilogram"),
    ("a sack of 5 pounds of potatoes", "5 pounds", 4.501 * LB, 5.499 * LB, "exact", "pound", "kilogram"),
    ("He weighs 15 stone.", "15 stone", 92.0856, 98.4232, "exact", "stone", "kilogram"),
    ("She lost 2 stone in a year.", "2 stone", 9.53179, 15.8694, "exact", "stone", "kilogram"),
    # 100 kg, as Indian farm output is weighed
    ("Farmers sold 50 quintals of wheat.", "50 quintals", 4750.5, 5249.5, "exact", "quintal", "kilogram"),
    ("2 gigatonnes of carbon", "2 gigatonnes", 1.501e12, 2.499e12, "exact", "gigatonne", "kilogram"),
    ("100 TWh a year", "100 TWh", 9.501e13, 1.0499e14, "exact", "terawatt_hour", "watt_hour"),
    ("a central pressure of 910 millibars", "910 millibars", 90501, 91499, "exact", "hectopascal", "pascal"),
    ("a 500GB drive", "500GB", 4.7505e11, 5.2495e11, "exact", "gigabyte", "byte"),
    # a unit of two words takes hyphens as an attribute
    ("a 200-nautical-mile zone", "200-nautical-mile", 351917, 388883, "exact", "nautical_mile", "metre"),
    ("a speed of 120 km/hr", "120 km/hr", 31.9472, 34.7194, "exact", "kilometre_per_hour", "metre_per_second"),
    ("60 m.p.h.", "60 m.p.h.", 25.484, 28.1608, "exact", "mile_per_hour", "metre_per_second"),
    ("a dose of 200 mg", "200 mg", 0.00019002, 0.00020998, "exact", "milligram", "kilogram"),
    # a vague quantity of a unit
    ("the wave was several metres high", "several metres", 3, 9, "range", "metre", "metre"),
    ("hundreds of miles away", "hundreds of miles", 200 * MILE, 999 * MILE, "range", "mile", "metre"),
    ("a 5-square-mile area", "5-square-mile", 4.501 * SQMI, 5.499 * SQMI, "exact", "square_mile", "square_metre"),
    # a unit after an article or a fraction, with no digits, reads like "a week", "half an hour"
    ("The convoy stopped half a mile from the border.", "half a mile", 0.5 * MILE, 0.5 * MILE, "exact", "mile", "metre"),
    ("The wall is a mile long.", "a mile", MILE, MILE, "exact", "mile", "metre"),
    # ... and a unit and a half, before "of" too: the half is the unit's, no share of the road
    ("A mile and a half of road was washed away.", "A mile and a half", 1.5 * MILE, 1.5 * MILE, "exact", "mile", "metre"),
    ("The fire spread a mile and a half.", "a mile and a half", 1.5 * MILE, 1.5 * MILE, "exact", "mile", "metre"),
    # "degrees" with no scale named: a temperature after a minus, before "below zero", or near a temperature word
    ("The temperature dropped to minus 15 degrees.", "minus 15 degrees", -15.499, -14.501, "exact", "degree", "degree"),
    ("Temperatures fell to 15 degrees below zero.", "15 degrees below zero", -15.499, -14.501, "exact", "degree", "degree"),
    # ... and "below" alone, where a temperature word stands before and the clause ends
    ("Temperatures plunged to 15 below.", "15 below", -15.499, -14.501, "exact", "degree", "degree"),
    ("The wind chill made it feel like 30 below, forecasters said.", "30 below", -31.497, -28.503, "exact", "degree", "degree"),
    ("The heat reached 38 degrees.", "38 degrees", 37.501, 38.499, "exact", "degree", "degree"),
    ("It was -8 degrees.", "-8 degrees", -8.499, -7.501, "exact", "degree", "degree"),
    ("Temperatures of 30 degrees Celsius", "30 degrees Celsius", 28.503, 31.497, "exact", "celsius", "celsius"),
    # the scale's name alone, after "degree" or after the sign
    ("It was 30 Celsius in Tokyo.", "30 Celsius", 28.503, 31.497, "exact", "celsius", "celsius"),
    ("It was 20 degrees celsius.", "20 degrees celsius", 19.002, 20.998, "exact", "celsius", "celsius"),
    ("It was 35 degrees fahrenheit at dawn.", "35 degrees fahrenheit", 1.38944, 1.94389, "exact", "fahrenheit", "celsius"),
    ("It was 86 Fahrenheit in Texas.", "86 Fahrenheit", 29.7228, 30.2772, "exact", "fahrenheit", "celsius"),
    ("The water was 37 degree Celsius.", "37 degree Celsius", 36.501, 37.499, "exact", "celsius", "celsius"),
    ("The water was 37° Celsius.", "37° Celsius", 36.501, 37.499, "exact", "celsius", "celsius"),
    # the sign with no scale, as "degrees" after a temperature word
    ("Temperatures hit 45° on Monday.", "45°", 44.501, 45.499, "exact", "degree", "degree"),
    ("The temperature was 5° below zero.", "5° below zero", -5.499, -4.501, "exact", "degree", "degree"),
    # the trade's units: gas with its scale inside, oil a day, a bomb's yield, radioactivity
    ("Russia sends 55 bcm to Europe.", "55 bcm", 54.501e12, 55.499e12, "exact", "billion_cubic_metre", "litre"),
    ("The field holds 20 tcf.", "20 tcf", 19.002 * 28316846592000, 20.998 * 28316846592000, "exact", "trillion_cubic_foot", "litre"),
    ("The bomb was 15 kilotons.", "15 kilotons", 14.501e6, 15.499e6, "exact", "kilotonne", "kilogram"),
    ("The leak released 900 terabecquerels.", "900 terabecquerels", 855.09e12, 944.91e12, "exact", "terabecquerel", "becquerel"),
    # no "degrees" at all: "below zero" after, or a minus and a temperature word before; a decade of
    # degrees after a temperature word; the scale stays unnamed ("degree")
    ("It was 2 below zero on Monday.", "2 below zero", -2.499, -1.501, "exact", "degree", "degree"),
    ("It was five below freezing.", "five below freezing", -5.499, -4.501, "exact", "degree", "degree"),
    ("Temperatures fell to minus 5 overnight.", "minus 5", -5.499, -4.501, "exact", "degree", "degree"),
    ("Lows of -12 are forecast.", "-12", -12.499, -11.501, "exact", "degree", "degree"),
    ("Highs were in the mid-30s.", "mid-30s", 34, 36, "range", "degree", "degree"),
    ("Temperatures in the 90s were expected.", "90s", 90, 99, "range", "degree", "degree"),
    ("Temperatures rose into the upper 80s.", "upper 80s", 86, 89, "range", "degree", "degree"),
    ("Temperatures stayed in the low 20s.", "low 20s", 20, 23, "range", "degree", "degree"),
    ("It fell a quarter of a mile away.", "a quarter of a mile", 0.25 * MILE, 0.25 * MILE, "exact", "mile", "metre"),
    ("The queue stretched two-thirds of a mile.", "two-thirds of a mile", 2 / 3 * MILE, 2 / 3 * MILE, "exact", "mile", "metre"),
    # ... after a verb that makes a count its people: the share's count word counts no one
    ("The protesters marched three-quarters of a mile.", "three-quarters of a mile", 0.75 * MILE, 0.75 * MILE, "exact",
     "mile", "metre"),
    ("They marched two thirds of a mile.", "two thirds of a mile", 2 / 3 * MILE, 2 / 3 * MILE, "exact", "mile", "metre"),
    ("The river rose more than a metre.", "more than a metre", 1, 2, "more_than", "metre", "metre"),
    ("A quarter-mile track.", "A quarter-mile", 0.25 * MILE, 0.25 * MILE, "exact", "mile", "metre"),
    ("They walked a quarter mile.", "a quarter mile", 0.25 * MILE, 0.25 * MILE, "exact", "mile", "metre"),
    ("The storm dropped a foot of snow on Boston.", "a foot", 0.3048, 0.3048, "exact", "foot", "metre"),
    ("An inch of rain fell.", "An inch", 0.0254, 0.0254, "exact", "inch", "metre"),
    ("A three-quarter-mile run.", "three-quarter-mile", 0.75 * MILE, 0.75 * MILE, "exact", "mile", "metre"),
    ("A half-mile stretch.", "A half-mile", 0.5 * MILE, 0.5 * MILE, "exact", "mile", "metre"),
    ("The site covers an acre.", "an acre", 4046.8564224, 4046.8564224, "exact", "acre", "square_metre"),
    # the litre's symbol, as written
    ("A 2L bottle costs $1.", "2L", 1.501, 2.499, "exact", "litre", "litre"),
    ("They drank 3 to 4 L of wine.", "3 to 4 L", 3, 4, "range", "litre", "litre"),
    # engine displacement in cubic centimetres, which compares with "a 1.6-litre engine"
    ("A 125cc motorbike was stolen.", "125cc", 0.124501, 0.125499, "exact", "cubic_centimetre", "litre"),
    ("The engine displaces 1,600 cc in all.", "1,600 cc", 1.5501, 1.6499, "exact", "cubic_centimetre", "litre"),
    # a pint differs in Britain and the US: it compares only with pints
    ("He drank 5 pints of beer.", "5 pints", 4.501, 5.499, "exact", "pint", "pint"),
    ("Donors gave 2 pints of blood each.", "2 pints", 1.501, 2.499, "exact", "pint", "pint"),
    # gross tonnage: a ship's volume index, no weight and no count of tonnes
    ("The ship weighs 225,282 gross tonnes.", "225,282 gross tonnes", 225282, 225282, "exact", "gross_tonnage",
     "gross_tonnage"),
    ("She measures 5,000 gross register tons.", "5,000 gross register tons", 4750.5, 5249.5, "exact", "gross_tonnage",
     "gross_tonnage"),
    ("a 90,000 GT liner", "90,000 GT", 85509, 94491, "exact", "gross_tonnage", "gross_tonnage"),
    # a container ship's or port's capacity in twenty-foot containers, no people on board
    ("The ship, carrying 5,000 TEU, sank.", "5,000 TEU", 4750.5, 5249.5, "exact", "teu", "teu"),
    ("The port handled 20 million TEUs last year.", "20 million TEUs", 19002000, 20998000, "exact", "teu", "teu"),
    ("a 4,000 FEU fleet", "4,000 FEU", 7600.8, 8399.2, "exact", "feu", "teu"),
    ("The ship weighs 100,000 tonnes.", "100,000 tonnes", 95010000, 104990000, "exact", "tonne", "kilogram"),
    # news hedges
    ("The bridge is a little under 2 km long.", "a little under 2 km", 1.8 * KM, 2 * KM, "nearly", "kilometre", "metre"),
    ("It fell just short of 50 metres.", "just short of 50 metres", 45, 50, "nearly", "metre", "metre"),
    ("The train was travelling at nearly 100 mph.", "nearly 100 mph", 90 * MILE / H, 100 * MILE / H, "nearly",
     "mile_per_hour", "metre_per_second"),
    ("Winds reached almost 150 mph.", "almost 150 mph", 140 * MILE / H, 150 * MILE / H, "nearly",
     "mile_per_hour", "metre_per_second"),
    ("Gusts of up to 100 mph were recorded.", "up to 100 mph", 0, 100 * MILE / H, "up_to", "mile_per_hour",
     "metre_per_second"),
    ("Trains ran at under 100 km/h.", "under 100 km/h", 0, 100 * KM / H, "less_than", "kilometre_per_hour",
     "metre_per_second"),
    # bits per second, a rate already ("a month" is the price's)
    ("Broadband speeds reach 100 Mbps in the city.", "100 Mbps", 9.501e7, 1.0499e8, "exact", "megabit_per_second",
     "bit_per_second"),
    ("Top speeds of 1 Gbit/s were promised.", "1 Gbit/s", 5.01e8, 1.499e9, "exact", "gigabit_per_second", "bit_per_second"),
    ("Broadband at 24 Mbps a month costs 20 pounds.", "24 Mbps", 2.3501e7, 2.4499e7, "exact", "megabit_per_second",
     "bit_per_second"),
]


@pytest.mark.parametrize("text, spans", [
    # a rate, a unit no amount: nothing measured
    ("Petrol costs $4 a gallon.", []),
    ("They were sold at 300 euros a tonne.", []),
    ("Miles from anywhere, a quarter of the town was flooded.", []),
    # a unit and a third "of" something is a unit, then a share of the thing
    ("It took a mile and a third of the crew.", ["a mile"]),
    ("The house has a metre-wide hall.", ["a metre"]),
    ("The wall is a mile long.", ["a mile"]),
    # "foot" and "inch" after "a" alone are idioms; after a fraction they measure
    ("She did not give an inch.", []),
    ("He never put a foot wrong.", []),
    ("He had a foot in the door.", []),
    ("The water rose half an inch.", ["half an inch"]),
    # ... and after a hedge or before "of" and a thing's word: a depth of snow or rain
    ("The storm dumped nearly a foot of snow.", ["nearly a foot"]),
    ("More than an inch of rain fell overnight.", ["More than an inch"]),
    ("A foot of snow fell on Denver.", ["A foot"]),
    ("The river rose about a foot.", ["about a foot"]),
    # ... not before "of" and a function word, hedge or not
    ("He came within an inch of his life.", []),
    ("They searched every inch of the house.", []),
    ("He had a foot in the door.", []),
    # "in" glued to digits is inches only after feet
    ("They won 3 in 10 games.", []),
    # primes after no single digit of feet, or an angle's minutes, are no height
    ("The site is at 40°5'3\" north.", []),
    ("He scored in the 5' and 9' minutes.", []),
    ("The 1990's were good.", []),
    ("The 5 fell in 10in seconds.", []),
    ("A 6 ft wall fell 2 in the storm.", ["6 ft"]),
    # no temperature cue: an angle, a diploma
    # "below" alone goes on to what it is below, or stands with no temperature word
    ("Temperatures were 5 below average.", []),
    ("The temperature fell. Output was 5 below.", []),
    ("He finished 3 below.", []),
    ("The car turned 90 degrees.", []),
    ("The plane banked 45 degrees.", []),
    ("He holds two degrees from Oxford.", []),
    ("The plane turned 90°.", []),
    ("The temperature fell. The ship was at 45°N.", []),
    ("The temperature fell. Then the car turned 90 degrees.", []),
    # "l" in lower case, and letters after "L", are no litres
    ("He won 5 l. Then 5 Labour MPs quit.", []),
    # "in" glued to digits alone, before no "of" and no word of size: no inches
    ("They won 10in the end.", []),
    ("The rain totalled 3in in two hours.", []),
    # a generation of mobile networks, a copy in capitals: no unit
    ("The network offers 4G coverage.", []),
    ("The new 5G network launches today.", []),
    ("The 5 CC members met.", []),
    # "HP" in capitals is a company, "PPM" an acronym
    ("The HP 500 printer sold well.", []),
    ("He bought 500 HP shares.", []),
    ("The 20 PPM members met.", []),
    # a letter alone before a hyphen and digits is a model's name, no unit
    ("Two F-16 jets and 12 T-72 tanks were destroyed.", []),
    ("Two C-130 planes landed.", []),
    ("Three M-16 rifles were found.", []),
    # "category" in other senses, or another scale: no storm's category
    ("The bank created a new category of loans.", []),
    ("Category A prisoners were moved.", []),
    ("The State Department issued a Level 4 travel advisory.", []),
    ("As the hurricane neared, the council declared a Category 1 incident.", []),
    ("Category 2 responders met before the storm.", []),
    ("The firm filed in category 3 of the tender.", []),
    ("A Category 6 storm does not exist.", []),
])
def test_an_article_unit(text, spans):
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "measure"] == spans


@pytest.mark.parametrize("text, span, low, high, qualifier, stated_unit, unit", MEASURES)
def test_measures(text, span, low, high, qualifier, stated_unit, unit):
    v = pick(text, span)
    assert (v.low, v.high, v.qualifier, v.stated_unit, v.unit) == (
        pytest.approx(low, rel=1e-5), pytest.approx(high, rel=1e-5), qualifier, stated_unit, unit)


# A measure per unit of time is a rate, in its own unit (per second): it never compares with an amount.
@pytest.mark.parametrize("text, expected", [
    ("The field pumps at a rate of 500 barrels per day.", [("500 barrels per day", "barrel_per_day", "litre_per_second")]),
    ("It produces 1.5 million barrels a day.", [("1.5 million barrels a day", "barrel_per_day", "litre_per_second")]),
    ("It produces 500,000 bpd.", [("500,000 bpd", "barrel_per_day", "litre_per_second")]),
    ("It produces 500,000 b/d of crude.", [("500,000 b/d", "barrel_per_day", "litre_per_second")]),
    # oil and gas together, as producers report output: no volume of oil
    ("Output will rise to 3.5 million barrels of oil equivalent per day.",
     [("3.5 million barrels of oil equivalent per day", "barrel_of_oil_equivalent_per_day",
       "barrel_of_oil_equivalent_per_second")]),
    ("The field pumps 500,000 boe/d.", [("500,000 boe/d", "barrel_of_oil_equivalent_per_day",
                                        "barrel_of_oil_equivalent_per_second")]),
    # the trade's rates with their scale in the unit
    ("The terminal can handle 10 mtpa.", [("10 mtpa", "million_tonne_per_year", "kilogram_per_second")]),
    ("Gas output was 6.5 bcf/d.", [("6.5 bcf/d", "billion_cubic_foot_per_day", "litre_per_second")]),
    ("Production averaged 120,000 boepd.", [("120,000 boepd", "barrel_of_oil_equivalent_per_day",
                                             "barrel_of_oil_equivalent_per_second")]),
    ("Soil held 1,000 becquerels per kilogram.", [("1,000 becquerels per kilogram", "becquerel_per_kilogram",
                                                   "becquerel_per_kilogram")]),
    ("The field pumps 2.3 million barrels of oil a day.",
     [("2.3 million barrels of oil a day", "barrel_per_day", "litre_per_second")]),
    ("The plant made 20 tonnes an hour.", [("20 tonnes an hour", "tonne_per_hour", "kilogram_per_second")]),
    ("It emits 20 tonnes of CO2 per year.", [("20 tonnes of CO2 per year", "tonne_per_year", "kilogram_per_second")]),
    ("Use 5 litres/day.", [("5 litres/day", "litre_per_day", "litre_per_second")]),
    ("The glacier shrank by 40 metres a year.", [("40 metres a year", "metre_per_year", "metre_per_second")]),
    ("He drove at 60 km/h.", [("60 km/h", "kilometre_per_hour", "metre_per_second")]),
    ("They work 40 working hours a week.", [("40 working hours a week", "person_hour_per_week", "person_hour_per_second")]),
    # amounts stay amounts
    ("The tank holds 500 barrels.", [("500 barrels", "barrel", "litre")]),
    # hours of work and of flying: their own units, never a duration
    ("The pilot had 10,000 flight hours.", [("10,000 flight hours", "flight_hour", "flight_hour")]),
    ("It took 200 man-hours.", [("200 man-hours", "person_hour", "person_hour")]),
    ("It took 500 person-hours.", [("500 person-hours", "person_hour", "person_hour")]),
    ("Police reviewed 100 hours of footage.", [("100 hours of footage", "hour", "recorded_second")]),
    ("Nurses worked 300 hours of overtime.", [("300 hours of overtime", "hour", "person_hour")]),
    ("He did 200 hours of community service.", [("200 hours of community service", "hour", "person_hour")]),
    ("He threw the 7kg shot a second time.", [("7kg", "kilogram", "kilogram")]),
    ("He lost 5 kg a month ago.", [("5 kg", "kilogram", "kilogram")]),
    ("The field produces 2 million barrels daily.", [("2 million barrels daily", "barrel_per_day", "litre_per_second")]),
    ("The plant emits 5 tonnes of CO2 annually.", [("5 tonnes of CO2 annually", "tonne_per_year", "kilogram_per_second")]),
])
def test_a_measure_per_time_is_a_rate(text, expected):
    from factcheck.extract import extract_found
    found = [f for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "measure"]
    assert [(text[f.start:f.end], f.value.stated_unit, f.value.unit) for f in found] == expected


# A measure or a count per a unit of something else is a ratio in its own unit: "5 mg per kilogram"
# never compares with "5 mg", a density of "400 people per square kilometre" never with a crowd of 400.
@pytest.mark.parametrize("text, expected", [
    ("The dose was 5 mg per kilogram.", [("5 mg per kilogram", "measure", "milligram_per_kilogram", "kilogram_per_kilogram")]),
    ("The dose was 5mg/kg.", [("5mg/kg", "measure", "milligram_per_kilogram", "kilogram_per_kilogram")]),
    # a concentration: a mass per volume, as a drug test or a water sample states it
    ("The sample held 2.1 nanograms per milliliter.", [("2.1 nanograms per milliliter", "measure", "nanogram_per_millilitre", "kilogram_per_litre")]),
    ("The sample held 1.2 ng/mL of the drug.", [("1.2 ng/mL", "measure", "nanogram_per_millilitre", "kilogram_per_litre")]),
    ("The sample held 2.1ng/mL of the drug.", [("2.1ng/mL", "measure", "nanogram_per_millilitre", "kilogram_per_litre")]),
    ("Lead in the water reached 15 micrograms per litre.", [("15 micrograms per litre", "measure", "microgram_per_litre", "kilogram_per_litre")]),
    ("Nitrate reached 3 mg/L.", [("3 mg/L", "measure", "milligram_per_litre", "kilogram_per_litre")]),
    ("Emissions fell to 95g/km.", [("95g/km", "measure", "gram_per_kilometre", "kilogram_per_metre")]),
    ("The car does 40 miles per gallon.", [("40 miles per gallon", "measure", "mile_per_gallon", "metre_per_litre")]),
    ("Yields reached 10 tonnes a hectare.", [("10 tonnes a hectare", "measure", "tonne_per_hectare", "kilogram_per_square_metre")]),
    ("Each Briton eats 2 kg per head.", [("2 kg per head", "measure", "kilogram_per_person", "kilogram_per_person")]),
    ("The region has 400 people per square kilometre.",
     [("400 people per square kilometre", "count", "person_per_square_kilometre", "person_per_square_metre")]),
    ("Traffic fell to 300 vehicles an hour.", [("300 vehicles an hour", "count", "vehicle_per_hour", "vehicle_per_second")]),
    ("The fighting killed 30 people a day.", [("30 people a day", "count", "person_per_day", "person_per_second")]),
    ("The airport handles 75 million passengers annually.",
     [("75 million passengers annually", "count", "person_per_year", "person_per_second")]),
    ("He scored 3 goals a game.", [("3 goals a game", "count", "goal_per_game", "goal_per_game")]),
    ("Between 20 and 30 people a day were killed.",
     [("Between 20 and 30 people a day", "count", "person_per_day", "person_per_second")]),
    # amounts and counts stay what they are: a time that dates, "a" before no unit, a unit as a symbol after "a"
    ("Police held 30 suspects a week before the vote.", [("30 suspects", "count", "person", "person")]),
    ("The wall is 10 m a little further on.", [("10 m", "measure", "metre", "metre")]),
    ("He ran 10 km a t-shirt on.", [("10 km", "measure", "kilometre", "metre")]),
    ("Temperatures rose 2C a degree higher.", [("2C", "measure", "celsius", "celsius")]),
    ("The car hit 100 km/h per second.", [("100 km/h", "measure", "kilometre_per_hour", "metre_per_second")]),
])
def test_a_measure_or_count_per_unit_is_a_ratio(text, expected):
    from factcheck.extract import extract_found
    found = [f for f in extract_found(text, None, [(0, len(text))]) if f.value.kind in ("measure", "count")]
    assert [(text[f.start:f.end], f.value.kind, f.value.stated_unit, f.value.unit) for f in found] == expected


def test_a_price_per_tonne_and_per_kilo_compare():
    from factcheck.extract import extract_found
    a = "Wheat sold for $200 a tonne."
    b = "Wheat sold for 20 cents a kilo."
    va = [f.value for f in extract_found(a, None, [(0, len(a))]) if f.value.kind == "money"][0]
    vb = [f.value for f in extract_found(b, None, [(0, len(b))]) if f.value.kind == "money"][0]
    assert va.unit == vb.unit == "USD_per_kilogram" and va.low <= vb.high and vb.low <= va.high


def test_a_rate_per_week_and_per_day_compare():
    day = pick("It pumps 500 barrels a day.", "500 barrels a day")
    week = pick("It pumps 3,500 barrels a week.", "3,500 barrels a week")
    assert day.unit == week.unit and day.low <= week.high and week.low <= day.high


def test_one_distance_in_two_units_overlaps():
    km = pick("2,500km (1,550 miles)", "2,500km")
    miles = pick("2,500km (1,550 miles)", "1,550 miles")
    assert max(km.low, miles.low) <= min(km.high, miles.high)


def test_the_look_before_a_small_number_never_rules_out_a_magnitude():
    import random

    from factcheck.extract.measures import _may_end_magnitude, _patterns

    before = _patterns()[2]
    rng = random.Random(2)
    pieces = ["magnitude", "Magnitude", "magnıtude", "MAGNİTUDE", " of", "Richter scale of", "M", "m", "Mw", "w", " ", "-",
              "\n", "\t", "\u00a0", "x", "of", "OF", "é", "ı", "\u212a"]
    for _ in range(50000):
        window = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))[-24:]
        if before.search(window):
            assert _may_end_magnitude(window), window


@pytest.mark.parametrize("text", ["The M6 motorway was closed.", "Traffic on the M25 stalled.", "Flight MH370 vanished.",
                                  "An M16 rifle was found.", "The SM3 missile flew.", "A M 6 quake hit.",
                                  "The quake of 2011 was felt.", "A quake measuring 7 hit."])
def test_a_letter_glued_to_a_number_is_no_magnitude(text):
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.unit == "magnitude"] == []


def test_a_unit_word_before_a_noun_can_be_no_unit():
    text = "They found 3 stone tablets near 12 stone walls."
    assert [f for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "measure"] == []


# A bare "m" after a noun of people or things counted ("a population of 7.5m") is millions of them,
# which names no unit: no length. After a noun phrase opened since, or with no such noun, metres.
@pytest.mark.parametrize("text, spans", [
    ("The region has a population of 7.5m.", []),
    ("Its workforce is about 2.1m.", []),
    ("The show drew an audience of 12m on Sunday.", []),
    ("Waves of 10m hit the coast.", ["10m"]),
    ("The people fled a 10m wave.", ["10m"]),
    ("Residents said the water rose 3m.", ["3m"]),
    ("The quake triggered 10m waves along the coast.", ["10m"]),
    ("It is a city of 2m.", []),  # a place's people (a count), no length
    ("The population of the city is 7.5m.", []),  # the subject's people, past "of the city"
    ("The city was under 2m of water.", ["under 2m"]),
    # a range's first end counts what its second does
    ("Roughly 2m-3m people are at risk.", []),
    ("Between 2m to 3m people are at risk.", []),
    ("Waves of 2m-3m hit the coast.", ["2m", "3m"]),
])
def test_millions_of_what_a_noun_before_counts_are_no_metres(text, spans):
    from factcheck.extract import extract_found
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "measure"] == spans


@pytest.mark.parametrize("text, spans", [
    # the sides of a size take the unit written after the last
    ("The room measures 10 by 12 feet.", [("10", 2.8959, 3.2001), ("12 feet", 3.5055, 3.8097)]),
    ("The box measures 30 x 20 x 10 cm.", [("30", 0.28503, 0.31497), ("20", 0.19002, 0.20998), ("10 cm", 0.09501, 0.10499)]),
    ("The panel is 4×6 metres.", [("4", 3.501, 4.499), ("6 metres", 5.501, 6.499)]),
    # a relay's legs: "4 x" counts them, no side of a size
    ("She won the 4 x 400 metres relay.", [("400 metres", 380.04, 419.96)]),
    ("They ran the 2 x 5 km relay.", [("5 km", 4501, 5499)]),
    ("Britain took the 4 x 100 metres medley relay.", [("100 metres", 95.01, 104.99)]),
    ("The 4 x 200 metres legs were fast.", [("200 metres", 190.02, 209.98)]),
    # ... and four legs of a relay's distance in metres with no relay word
    ("The team ran the 4 x 100 metres in 37.5 seconds.", [("100 metres", 95.01, 104.99)]),
    ("The women's 4 x 200m was won by Kenya.", [("200m", 190.02, 209.98)]),
    # a size still: other sides, other units
    ("The plot is 4 x 100 feet.", [("4", 1.06710, 1.37130), ("100 feet", 28.959, 32.001)]),
    ("The panel is 4 x 50 cm.", [("4", 0.03501, 0.04499), ("50 cm", 0.47505, 0.52495)]),
    # not a count or a year before "by"
    ("The vote was 5 to 4 by 10 metres.", [("10 metres", 9.501, 10.499)]),
    ("The sea will rise by 2050 by 1 metre.", [("1 metre", 0.501, 1.499)]),
])
def test_the_sides_of_a_size_share_its_unit(text, spans):
    from factcheck.extract import extract_found
    found = [(text[f.start:f.end], f.value.low, f.value.high) for f in extract_found(text, None, [(0, len(text))])
             if f.value.kind == "measure"]
    assert found == [(t, pytest.approx(lo, rel=1e-4), pytest.approx(hi, rel=1e-4)) for t, lo, hi in spans]


@pytest.mark.parametrize("text, kinds", [
    # whole points count them (counts.py), as a score or an index's move: no measure
    ("The Dow fell 120 points.", ["count"]),
    ("He scored 30 points.", ["count"]),
    ("He averages 25.3 points per game.", ["measure"]),
    ("The Warriors had a 3-point lead.", []),
    ("He averages 25 points per game.", ["count"]),
    # a rate's or a poll's points are percentage points, whole or not
    ("The poll put Labour up 3 points.", ["percent"]),
    ("The unemployment rate fell 0.3 points.", ["percent"]),
    ("Worries over rates hit stocks, and the Dow fell 120.35 points.", ["measure"]),
    ("The poll gave Labour a 3-point lead.", ["percent"]),
    ("The bank cut interest rates and set out a 10-point plan.", []),
    # a step to a percentage is in percentage points; an index's to a level is no percent
    ("Support fell three points to 41%.", ["percent", "percent"]),
    # in any of units.yaml's forms of a percent; a word that opens so is none
    ("Support fell three points to 41 per cent.", ["percent", "percent"]),
    ("Support fell three points to 41 pct.", ["percent", "percent"]),
    ("Support fell three points to 41 centimes.", ["count", "count"]),
    ("The Dow fell 120 points to 17,500.", ["count"]),
    ("The Warriors' lead grew by 12 points.", ["count"]),
    ("He scored 30 points to 10 for his rival.", ["count"]),
    # a share's points set off after its percentage ("31%, down 3 points") are percentage points
    ("The opposition won 45.6% of the vote, up 4.2 points.", ["percent", "percent"]),
    ("Support was 31%, down 3 points.", ["percent", "percent"]),
    ("Approval stood at 41 percent, up two points.", ["percent", "percent"]),
    # ... a poll's word after the points, in "in" and a few words of their clause
    ("Labour holds a 10-point lead in the polls.", ["percent"]),
    ("The Conservatives trail by 8 points in the latest survey.", ["percent"]),
    ("Labour was ahead by 4.5 points in a new YouGov poll.", ["percent"]),
    # ... not an index's points after its percentage move, nor a game's lead, nor a cue past a clause
    ("The Dow fell 1.2%, or 480 points.", ["percent", "count"]),
    ("Shares rose 3%, and the index added 120 points.", ["percent", "count"]),
    ("The Warriors had a 10-point lead in the third quarter.", []),
    ("The Dow fell 120 points in early trade, as rates rose.", ["count"]),
    ("The Dow fell 120 points in the wake of the rate decision.", ["count"]),
])
def test_whole_points_are_counted_and_points_with_decimals_measured(text, kinds):
    from factcheck.extract import extract_found
    assert [f.value.kind for f in extract_found(text, None, [(0, len(text))])] == kinds


@pytest.mark.parametrize("text", [
    # a minus or a decade with no temperature word is no temperature; nor a decade of years
    "The score was minus 5.",
    "The index fell to -15 on Monday.",
    "He was shot in the 90s.",
    "Temperatures have risen since the 90s.",
    "He is in his mid-30s.",
    "Shares traded in the low 30s.",
    "The heat of the sixties.",
])
def test_no_temperature_without_its_words(text):
    from factcheck.extract import extract_found
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "measure"] == []
