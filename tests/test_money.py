"""Money with its currency and scale, and percentages: a rounding interval at
the last digit written ($56 million -> 55.5 to 56.5 million)."""

import pytest

from factcheck.extract import extract_found
from helpers import pick

M, BN = 1e6, 1e9




# text, span, low, high, qualifier, currency
MONEY = [
    ("The company paid $56 million.", "$56 million", 55.501 * M, 56.499 * M, "exact", "USD"),
    ("a grant of A$60 million", "A$60 million", 59.501 * M, 60.499 * M, "exact", "AUD"),
    ("The bill was half a million dollars.", "half a million dollars", 475050, 524950, "exact", "USD"),
    ("the €10bn bailout", "€10bn", 9.501 * BN, 10.499 * BN, "exact", "EUR"),
    ("a loan of 10 billion euros", "10 billion euros", 9.501 * BN, 10.499 * BN, "exact", "EUR"),
    ("He was fined £2.5m.", "£2.5m", 2.4501 * M, 2.5499 * M, "exact", "GBP"),
    ("They raised 3m euros.", "3m euros", 2.501 * M, 3.499 * M, "exact", "EUR"),
    ("a $5.8 bn deal", "$5.8 bn", 5.7501 * BN, 5.8499 * BN, "exact", "USD"),
    ("US$5 million", "US$5 million", 4.501 * M, 5.499 * M, "exact", "USD"),
    ("U.S.$5 million", "U.S.$5 million", 4.501 * M, 5.499 * M, "exact", "USD"),
    ("The deal is worth US $3 billion.", "US $3 billion", 2.501 * BN, 3.499 * BN, "exact", "USD"),
    ("EUR 5bn", "EUR 5bn", 4.501 * BN, 5.499 * BN, "exact", "EUR"),
    ("you can subscribe for $15.", "$15", 14.501, 15.499, "exact", "USD"),
    ("up to $5m in aid", "up to $5m", 4 * M, 5 * M, "up_to", "USD"),
    ("nearly 3m euros", "nearly 3m euros", 2.7 * M, 3 * M, "nearly", "EUR"),
    ("a pay rise worth almost £1,000", "almost £1,000", 900, 1000, "nearly", "GBP"),
    ("It cost nearly $1 billion.", "nearly $1 billion", 0.9 * BN, BN, "nearly", "USD"),
    ("It cost less than $1 billion.", "less than $1 billion", 0, BN, "less_than", "USD"),
    ("between $5 million and $7 million", "between $5 million and $7 million", 5 * M, 7 * M, "range", "USD"),
    ("$5 to $7 million", "$5 to $7 million", 5 * M, 7 * M, "range", "USD"),
    ("$5-7 million", "$5-7 million", 5 * M, 7 * M, "range", "USD"),
    ("Rs. 500 crore", "Rs. 500 crore", 4.99501 * BN, 5.00499 * BN, "exact", "INR"),
    ("Rs 2.5 lakh crore", "Rs 2.5 lakh crore", 2.4501e12, 2.5499e12, "exact", "INR"),
    ("a $5-million grant", "$5-million", 4.501 * M, 5.499 * M, "exact", "USD"),
    ("a $1.6-billion deal", "$1.6-billion", 1.5501 * BN, 1.6499 * BN, "exact", "USD"),
    # a capital T after a sign is trillions, as headlines write them
    ("Spending reached $2.174T last year.", "$2.174T", 2.1735e12, 2.1745e12, "exact", "USD"),
    ("The firm is valued at US$1.5T, analysts said.", "US$1.5T", 1.4501e12, 1.5499e12, "exact", "USD"),
    # ... not when a hyphen or a letter goes on from the T: "a $10T-shirt" is a $10 T-shirt
    ("He wore a $10T-shirt.", "$10", 9.501, 10.499, "exact", "USD"),
    ("RMB 100 million", "RMB 100 million", 99.501 * M, 100.499 * M, "exact", "CNY"),
    ("NT$5 billion", "NT$5 billion", 4.501 * BN, 5.499 * BN, "exact", "TWD"),
    ("Rp 5 trillion", "Rp 5 trillion", 4.501e12, 5.499e12, "exact", "IDR"),
    ("3 million pesos", "3 million pesos", 2.501 * M, 3.499 * M, "exact", "MXN"),
    ("500 million naira", "500 million naira", 499.501 * M, 500.499 * M, "exact", "NGN"),
    ("200 million dirhams", "200 million dirhams", 199.501 * M, 200.499 * M, "exact", "AED"),
    ("10 million Swedish kronor", "10 million Swedish kronor", 9.501 * M, 10.499 * M, "exact", "SEK"),
    ("50 million shekels", "50 million shekels", 49.501 * M, 50.499 * M, "exact", "ILS"),
    ("a stamp costs 50 cents", "50 cents", 0.49501, 0.50499, "exact", "USD"),
    ("a 20p rise", "20p", 0.19501, 0.20499, "exact", "GBP"),
    ("Shares jumped to 1,250p.", "1,250p", 12.49501, 12.50499, "exact", "GBP"),
    ("fifty-five cents", "fifty-five cents", 0.54501, 0.55499, "exact", "USD"),
    ("twenty dollars and fifty cents", "twenty dollars and fifty cents", 20.475, 20.525, "exact", "USD"),
    ("£3 and 20p", "£3 and 20p", 3.19501, 3.20499, "exact", "GBP"),
    # a cent is a hundredth of the currency of the sum it follows
    ("It costs 20 euros and 43 cents.", "20 euros and 43 cents", 20.425, 20.435, "exact", "EUR"),
    ("It costs 20 euros 43 cents.", "20 euros 43 cents", 20.425, 20.435, "exact", "EUR"),
    # "yen" after a number pays with no scale; before one it needs a scale ("the yen 3% higher" is a level)
    ("A coffee costs 100 yen.", "100 yen", 99.501, 100.499, "exact", "JPY"),
    ("The dollar rose to 102.50 yen.", "102.50 yen", 102.495, 102.505, "exact", "JPY"),
    # "plus" before a word adds something: no hedge
    ("He earns £150,000 plus bonuses.", "£150,000", 150000, 150000, "exact", "GBP"),
    ("The fee was £150,000 plus.", "£150,000 plus", 150000, 160000, "at_least", "GBP"),
    # the new Israeli shekel, before or after
    ("The fine was NIS 5,000.", "NIS 5,000", 4999.5, 5000.5, "exact", "ILS"),
    ("The fare is 30 NIS.", "30 NIS", 29.501, 30.499, "exact", "ILS"),
    ("$3.4 bln", "$3.4 bln", 3.3501 * BN, 3.4499 * BN, "exact", "USD"),
    ("$3.4B", "$3.4B", 3.3501 * BN, 3.4499 * BN, "exact", "USD"),
    ("$1.2billion", "$1.2billion", 1.1501 * BN, 1.2499 * BN, "exact", "USD"),
    ("The ticket was 15 bucks.", "15 bucks", 14.501, 15.499, "exact", "USD"),
    ("billions of dollars", "billions of dollars", 2 * BN, 9999999999, "range", "USD"),
    ("tens of millions of dollars", "tens of millions of dollars", 20 * M, 99999999, "range", "USD"),
    ("hundreds of millions of euros", "hundreds of millions of euros", 200 * M, 999999999, "range", "EUR"),
    ("dozens of millions of euros", "dozens of millions of euros", 24 * M, 99999999, "range", "EUR"),
    # a vague quantity of millions makes "pounds" money, as a scale does
    ("It cost tens of millions of pounds.", "tens of millions of pounds", 20 * M, 99999999, "range", "GBP"),
    ("It cost millions of pounds.", "millions of pounds", 2 * M, 9999999, "range", "GBP"),
    # ... and so does a scale said in words ("Four million pounds"), as in digits ("4 million pounds")
    ("Four million pounds was raised.", "Four million pounds", 3.8004 * M, 4.1996 * M, "exact", "GBP"),
    ("The club paid two million pounds.", "two million pounds", 1.9002 * M, 2.0998 * M, "exact", "GBP"),
    # so does a money word a few words before, in the same clause (units.yaml money.cues)
    ("He was fined 500 pounds.", "500 pounds", 499.501, 500.499, "exact", "GBP"),
    ("A fine of 50 pounds was set.", "50 pounds", 49.501, 50.499, "exact", "GBP"),
    ("The car was sold for 900 pounds.", "900 pounds", 899.501, 900.499, "exact", "GBP"),
    ("The ticket cost about 40 pounds.", "about 40 pounds", 36, 44, "about", "GBP"),
    # a currency in letters glued to the digits, as a symbol is
    ("It cost Sh1.2 billion.", "Sh1.2 billion", 1.1501 * BN, 1.2499 * BN, "exact", "KES"),
    ("It cost KSh500 and more.", "KSh500", 499.501, 500.499, "exact", "KES"),
    ("He paid Rs500 for it.", "Rs500", 499.501, 500.499, "exact", "INR"),
    ("a loan of RM5m", "RM5m", 4.501 * M, 5.499 * M, "exact", "MYR"),
    ("a fund of Rp5,000", "Rp5,000", 4999.5, 5000.5, "exact", "IDR"),
    # "R" and "yen" before the number are money only with a scale (units.yaml money.scaled_only)
    ("It cost R2.5 billion.", "R2.5 billion", 2.4501 * BN, 2.5499 * BN, "exact", "ZAR"),
    ("It cost R 2.5bn.", "R 2.5bn", 2.4501 * BN, 2.5499 * BN, "exact", "ZAR"),
    ("a budget of yen 3 trillion", "yen 3 trillion", 2.501e12, 3.499e12, "exact", "JPY"),
    ("The group raised yuan 5 billion.", "yuan 5 billion", 4.501 * BN, 5.499 * BN, "exact", "CNY"),
    ("The club paid euro 5 million for the player.", "euro 5 million", 4.501 * M, 5.499 * M, "exact", "EUR"),
    ("It cost ₩5 billion.", "₩5 billion", 4.501 * BN, 5.499 * BN, "exact", "KRW"),
    ("It cost CHF 10m.", "CHF 10m", 9.501 * M, 10.499 * M, "exact", "CHF"),
    ("It cost HK$5m.", "HK$5m", 4.501 * M, 5.499 * M, "exact", "HKD"),
    ("It cost C$5m.", "C$5m", 4.501 * M, 5.499 * M, "exact", "CAD"),
    ("It cost Rs 5 lakh.", "Rs 5 lakh", 450100, 549900, "exact", "INR"),
    ("It cost $US5 billion.", "$US5 billion", 4.501 * BN, 5.499 * BN, "exact", "USD"),
    ("It cost $A5 million.", "$A5 million", 4.501 * M, 5.499 * M, "exact", "AUD"),
    ("It cost $NZ 5m.", "$NZ 5m", 4.501 * M, 5.499 * M, "exact", "NZD"),
    ("It cost Dh5m.", "Dh5m", 4.501 * M, 5.499 * M, "exact", "AED"),
    ("It cost Tk500 crore.", "Tk500 crore", 4.99501 * BN, 5.00499 * BN, "exact", "BDT"),
    ("It cost SFr 10 million.", "SFr 10 million", 9.501 * M, 10.499 * M, "exact", "CHF"),
    ("It cost N5 billion.", "N5 billion", 4.501 * BN, 5.499 * BN, "exact", "NGN"),
    ("It cost GH¢5m.", "GH¢5m", 4.501 * M, 5.499 * M, "exact", "GHS"),
    # a sign after the number, as Europe writes it
    ("It cost 5€.", "5€", 4.501, 5.499, "exact", "EUR"),
    ("It cost 10 million €.", "10 million €", 9.501 * M, 10.499 * M, "exact", "EUR"),
    ("It cost 5-10 €.", "5-10 €", 5, 10, "range", "EUR"),
    ("He gave 2 £5 notes.", "£5", 4.501, 5.499, "exact", "GBP"),
    # the nation's adjective before the currency's word
    ("It cost 300 million Indian rupees.", "300 million Indian rupees", 299.501 * M, 300.499 * M, "exact", "INR"),
    ("It cost 5 billion Japanese yen.", "5 billion Japanese yen", 4.501 * BN, 5.499 * BN, "exact", "JPY"),
    ("It cost 5 billion South African rand.", "5 billion South African rand", 4.501 * BN, 5.499 * BN, "exact", "ZAR"),
    ("He paid 42 Kuwaiti dinars.", "42 Kuwaiti dinars", 41.501, 42.499, "exact", "KWD"),
    # the currency's word alone, as the papers of its country write it, and British slang
    ("The mayor was fined 500,000 lei.", "500,000 lei", 500000, 500000, "exact", "RON"),
    ("The mayor stole 3 million soles.", "3 million soles", 2.501 * M, 3.499 * M, "exact", "PEN"),
    ("He sold the ticket for 20 quid.", "20 quid", 19.501, 20.499, "exact", "GBP"),
    ("The house sold for three million quid.", "three million quid", 2850300, 3149700, "exact", "GBP"),
    ("A loaf costs 1,500 Lebanese pounds.", "1,500 Lebanese pounds", 1499.5, 1500.5, "exact", "LBP"),
    ("The budget is 500 billion rials.", "500 billion rials", 499.501 * BN, 500.499 * BN, "exact", "IRR"),
    ("The bank lent 2 trillion dong.", "2 trillion dong", 1.501e12, 2.499e12, "exact", "VND"),
    ("The deal is worth JOD 5 million.", "JOD 5 million", 4.501 * M, 5.499 * M, "exact", "JOD"),
    # an ISO code glued to the digits, as a symbol in letters is
    ("The loan is USD1.5bn.", "USD1.5bn", 1.4501 * BN, 1.5499 * BN, "exact", "USD"),
    ("The bid was EUR500m.", "EUR500m", 499.501 * M, 500.499 * M, "exact", "EUR"),
    ("He paid GBP3,000 for it.", "GBP3,000", 2999.5, 3000.5, "exact", "GBP"),
    ("The deal is worth a half-billion dollars.", "a half-billion dollars", 475050000, 524950000, "exact", "USD"),
    # the plural of a South Asian scale
    ("The state spent Rs 12 lakhs.", "Rs 12 lakhs", 1150100, 1249900, "exact", "INR"),
    ("The state spent Rs 100 crores.", "Rs 100 crores", 995010000, 1004990000, "exact", "INR"),
    ("Fines exceeding $1 million were imposed.", "exceeding $1 million", M, 2 * M, "more_than", "USD"),
    ("It is worth in the vicinity of $2 billion.", "in the vicinity of $2 billion", 1.8 * BN, 2.2 * BN, "about", "USD"),
    # prefixes as AFP, Philippine and Gulf papers write them
    ("The company was fined Can$5 million.", "Can$5 million", 4.501 * M, 5.499 * M, "exact", "CAD"),
    ("A grant of Aus$2 billion was made.", "Aus$2 billion", 1.501 * BN, 2.499 * BN, "exact", "AUD"),
    ("The project costs P5 billion.", "P5 billion", 4.501 * BN, 5.499 * BN, "exact", "PHP"),
    ("The stadium cost QR5 billion.", "QR5 billion", 4.501 * BN, 5.499 * BN, "exact", "QAR"),
    ("The budget is SR5 billion.", "SR5 billion", 4.501 * BN, 5.499 * BN, "exact", "SAR"),
    ("The deficit hit TL1.2 billion.", "TL1.2 billion", 1.1501 * BN, 1.2499 * BN, "exact", "TRY"),
    ("The deficit hit LE1.2 billion.", "LE1.2 billion", 1.1501 * BN, 1.2499 * BN, "exact", "EGP"),
    ("The deficit hit E£1.2 billion.", "E£1.2 billion", 1.1501 * BN, 1.2499 * BN, "exact", "EGP"),
    ("The deficit hit W1.2 trillion.", "W1.2 trillion", 1.1501e12, 1.2499e12, "exact", "KRW"),
    ("He paid 1.2 billion HK dollars.", "1.2 billion HK dollars", 1.1501 * BN, 1.2499 * BN, "exact", "HKD"),
    ("He paid 300 new shekels.", "300 new shekels", 299.501, 300.499, "exact", "ILS"),
    ("The fine was 50,000 kyat.", "50,000 kyat", 49999.5, 50000.5, "exact", "MMK"),
    ("The fine was 1 million afghanis.", "1 million afghanis", 501000, 1499000, "exact", "AFN"),
    ("The fine was 10 million kwacha.", "10 million kwacha", 9501000, 10499000, "exact", "ZMW"),
    # a coin the currency's name opens
    ("Power costs 7.5 US cents.", "7.5 US cents", 0.074501, 0.075499, "exact", "USD"),
    ("The stamp costs 20 euro cents.", "20 euro cents", 0.19501, 0.20499, "exact", "EUR"),
    # a currency that needs a scale where thousands are grouped: no road nor model is written so
    ("Bail was set at R10,000.", "R10,000", 9999.5, 10000.5, "exact", "ZAR"),
    ("Tickets cost N5,000 each.", "N5,000", 4999.5, 5000.5, "exact", "NGN"),
    ("She paid ₫500,000.", "₫500,000", 500000, 500000, "exact", "VND"),
    ("It costs ฿1,200.", "฿1,200", 1199.5, 1200.5, "exact", "THB"),
    ("The fine was TSh 5 million.", "TSh 5 million", 4501000, 5499000, "exact", "TZS"),
    ("Zimbabwe printed Z$100 trillion notes.", "Z$100 trillion", 99.501e12, 100.499e12, "exact", "ZWL"),
    # the second end of a range after the first's scale, with the currency written once
    ("The deal is worth €5bn-6bn.", "€5bn-6bn", 5 * BN, 6 * BN, "range", "EUR"),
    ("The fee is £3m-4m.", "£3m-4m", 3 * M, 4 * M, "range", "GBP"),
    # "a" and a money word after a hedge: one unit
    ("The price is about a dollar.", "about a dollar", 0.9, 1.1, "about", "USD"),
    ("Shares closed just under a euro.", "just under a euro", 0.9, 1, "nearly", "EUR"),
]


@pytest.mark.parametrize("text, span, low, high, qualifier, currency", MONEY)
def test_money(text, span, low, high, qualifier, currency):
    v = pick(text, "money", span)
    assert (v.low, v.high, v.qualifier, v.unit) == (pytest.approx(low), pytest.approx(high), qualifier, currency)


PERCENT = [
    ("30 per cent of voters", "30 per cent", 29.501, 30.499, "exact", "percent"),
    ("inflation hit 6.9%", "6.9%", 6.8501, 6.9499, "exact", "percent"),
    ("less than 30% of voters", "less than 30%", 20, 30, "less_than", "percent"),
    ("Turnout was almost 100 percent.", "almost 100 percent", 90, 100, "nearly", "percent"),
    ("Support was under 10 per cent.", "under 10 per cent", 0, 10, "less_than", "percent"),
    ("a 2.5 percentage point rise", "2.5 percentage point", 2.4501, 2.5499, "exact", "percentage_point"),
    ("about 45 percent", "about 45 percent", 40.5, 49.5, "about", "percent"),
    ("a 2.5-percent rise", "2.5-percent", 2.4501, 2.5499, "exact", "percent"),
    ("rates were cut by 25 basis points", "25 basis points", 0.24501, 0.25499, "exact", "percentage_point"),
    ("a 50bp cut", "50bp", 0.49501, 0.50499, "exact", "percentage_point"),
    # a ratio is a share
    ("One in five adults smokes.", "One in five", 19.501, 20.499, "exact", "percent"),
    ("1 in 4 children", "1 in 4", 24.501, 25.499, "exact", "percent"),
    ("nine out of ten voters", "nine out of ten", 89.501, 90.499, "exact", "percent"),
    ("one in every five adults", "one in every five", 19.501, 20.499, "exact", "percent"),
    ("about one in 10 people", "about one in 10", 9, 11, "about", "percent"),
    ("one in a million", "one in a million", 0.00009501, 0.00010499, "exact", "percent"),
    # a share of things as of people: only occasions make two counts ("killed 2 in 3 attacks")
    ("One in four companies plans to hire.", "One in four", 24.501, 25.499, "exact", "percent"),
    # (a bound steps by one part of the whole, as "less than a tenth" does)
    ("Fewer than one in ten applicants is accepted.", "Fewer than one in ten", 0, 10, "less_than", "percent"),
    ("One in three villages has no clinic.", "One in three", 32.8343, 33.8323, "exact", "percent"),
    # a rate per a round base is a share of it, as exact as its digits
    ("a murder rate of 5.3 per 100,000 people", "5.3 per 100,000", 0.0052501, 0.0053499, "exact", "percent"),
    ("Infant mortality fell to 12 per 1,000 live births.", "12 per 1,000", 1.1501, 1.2499, "exact", "percent"),
    # a share of a percentage point is a small rise, not a share of a whole
    ("rates rose by a quarter of a percentage point", "a quarter of a percentage point", 0.24501, 0.25499, "exact", "percentage_point"),
    ("rates rose half a percentage point", "half a percentage point", 0.49501, 0.50499, "exact", "percentage_point"),
    # rates move by quarters and halves of a point, hyphened before the noun or not
    ("The Fed delivered a quarter-point rate cut.", "a quarter-point", 0.24501, 0.25499, "exact", "percentage_point"),
    ("The bank cut rates by a half point.", "a half point", 0.49501, 0.50499, "exact", "percentage_point"),
    ("The Fed lowered rates by a quarter-point.", "a quarter-point", 0.24501, 0.25499, "exact", "percentage_point"),
    ("It was a half-percentage-point cut.", "a half-percentage-point", 0.49501, 0.50499, "exact", "percentage_point"),
    ("Labour holds a half-percentage-point lead.", "a half-percentage-point", 0.49501, 0.50499, "exact", "percentage_point"),
    # "leads by" is a poll's as much as a game's
    ("Labour leads by a half point.", "a half point", 0.49501, 0.50499, "exact", "percentage_point"),
    # tenths before "to" and a percentage: a rate's step in points
    ("The jobless rate fell two-tenths to 5.4%.", "two-tenths", 0.19501, 0.20499, "exact", "percentage_point"),
    ("Inflation rose two tenths to 1.8 per cent.", "two tenths", 0.19501, 0.20499, "exact", "percentage_point"),
    ("Two-tenths of voters went to 5% of the polls.", "Two-tenths", 19.501, 20.499, "exact", "percent"),
    # ... and a share "of a point" or "half a point", as of a percentage point
    ("The bank raised rates by three quarters of a point.", "three quarters of a point", 0.74501, 0.75499, "exact",
     "percentage_point"),
    ("The rate rose a quarter of a point to 1.5%.", "a quarter of a point", 0.24501, 0.25499, "exact", "percentage_point"),
    ("The Fed cut rates by half a point.", "half a point", 0.49501, 0.50499, "exact", "percentage_point"),
    # below zero
    ("GDP growth of -0.3% in the quarter", "-0.3%", -0.3499, -0.2501, "exact", "percent"),
    ("a 5%-10% rise", "5%-10%", 5, 10, "range", "percent"),
    # a margin either way: "plus or minus" gives the number unsigned
    ("The poll has a margin of error of plus or minus 3 percentage points.", "3 percentage points", 2.501, 3.499,
     "exact", "percentage_point"),
    ("The margin of error is +/- 3.5%.", "3.5%", 3.4501, 3.5499, "exact", "percent"),
    ("The margin of error is plus/minus 4%.", "4%", 3.501, 4.499, "exact", "percent"),
    ("Growth was minus 0.3% in the quarter.", "minus 0.3%", -0.3499, -0.2501, "exact", "percent"),
    # sixths and eighths are shares as fifths are
    ("One-sixth of the population is poor.", "One-sixth", 16.1677, 17.1657, "exact", "percent"),
    ("An eighth of the seats went to the party.", "An eighth", 12.001, 12.999, "exact", "percent"),
    ("Three-eighths of the seats went to the party.", "Three-eighths", 37.001, 37.999, "exact", "percent"),
]


@pytest.mark.parametrize("text, span, low, high, qualifier, unit", PERCENT)
def test_percent(text, span, low, high, qualifier, unit):
    v = pick(text, "percent", span)
    assert (v.low, v.high, v.qualifier, v.unit) == (pytest.approx(low), pytest.approx(high), qualifier, unit)


# Money per unit of time is a rate, per second, and per anything else a price per it: it never
# compares with a sum.
@pytest.mark.parametrize("text, expected", [
    ("Workers earn £9 an hour.", [("£9 an hour", "GBP_per_hour", "GBP_per_second")]),
    ("Her salary of $250,000 a year.", [("$250,000 a year", "USD_per_year", "USD_per_second")]),
    ("The scheme costs €3bn a year.", [("€3bn a year", "EUR_per_year", "EUR_per_second")]),
    ("He paid 50 cents a day.", [("50 cents a day", "cents_per_day", "USD_per_second")]),
    # a price per a unit that is no time: per the unit's canonical one, or per the thing named
    ("Oil traded at $20 a barrel.", [("$20 a barrel", "USD_per_barrel", "USD_per_litre")]),
    # gas as the trade prices it
    ("Gas rose to $2.50 per MMBtu.", [("$2.50 per MMBtu", "USD_per_million_btu", "USD_per_watt_hour")]),
    ("LNG costs $8 per million British thermal units.", [("$8 per million British thermal units",
                                                          "USD_per_million_btu", "USD_per_watt_hour")]),
    ("Gas fell to 45p a therm.", [("45p a therm", "p_per_therm", "GBP_per_watt_hour")]),
    # the unit or thing named before the sum, after "a ... of ..." and a verb of price
    ("A barrel of Brent was at $74.20 on Monday.", [("$74.20", "USD_per_barrel", "USD_per_litre")]),
    ("A pint of beer costs about £4.50 in London.", [("about £4.50", "GBP_per_pint", "GBP_per_pint")]),
    ("A share of Apple closed at $150.", [("$150", "USD_per_share", "USD_per_share")]),
    ("A share of the profits was $5 million.", [("$5 million", "USD", "USD")]),
    ("A gallon of petrol costs $4 in Ohio.", [("$4", "USD_per_gallon", "USD_per_litre")]),
    ("A bottle of wine costs £10 there.", [("£10", "GBP_per_bottle", "GBP_per_bottle")]),
    # a thing "of" something is a whole, no unit: only a share of a company named is priced
    ("A night of rioting cost $10 million.", [("$10 million", "USD", "USD")]),
    ("A unit of Barclays sold for $3 billion.", [("$3 billion", "USD", "USD")]),
    ("A share of profits was $5 million.", [("$5 million", "USD", "USD")]),
    ("A game of chess fetched $2,000 at auction.", [("$2,000", "USD", "USD")]),
    ("A foot of snow cost the city $2 million.", [("$2 million", "USD", "USD")]),
    # or "per" one and "of" or a verb of price before it
    ("GDP per capita of $50,000 is high.", [("$50,000", "USD_per_person", "USD_per_person")]),
    ("Spending per pupil was £5,000.", [("£5,000", "GBP_per_pupil", "GBP_per_pupil")]),
    ("The cost per tonne is $300.", [("$300", "USD_per_tonne", "USD_per_kilogram")]),
    # ... a plural's link or a result's verb too: "were", "came in at"
    ("Earnings per share were $2.10.", [("$2.10", "USD_per_share", "USD_per_share")]),
    ("Earnings per share came in at $2.10.", [("$2.10", "USD_per_share", "USD_per_share")]),
    ("Costs per tonne amounted to $300.", [("$300", "USD_per_tonne", "USD_per_kilogram")]),
    ("The costs were $300 per tonne less than last year, or $5 million.", [("$300 per tonne", "USD_per_tonne",
                                                                              "USD_per_kilogram"),
                                                                             ("$5 million", "USD", "USD")]),
    ("One of the men paid $500.", [("$500", "USD", "USD")]),
    # or "each" or "every" one right before it: what one of them gets or pays
    ("It would refund each passenger 1,100 euros.", [("1,100 euros", "EUR_per_person", "EUR_per_person")]),
    ("The state will pay each family about Tk 300,000.", [("about Tk 300,000", "BDT_per_household",
                                                           "BDT_per_household")]),
    ("It gave every worker a £500 bonus.", [("£500", "GBP", "GBP")]),
    ("They fined a passenger $50.", [("$50", "USD", "USD")]),
    ("Petrol costs €1.80 per litre.", [("€1.80 per litre", "EUR_per_litre", "EUR_per_litre")]),
    ("Petrol hit 150p a litre.", [("150p a litre", "p_per_litre", "GBP_per_litre")]),
    ("Gallium rose to $680/kg.", [("$680/kg", "USD_per_kilogram", "USD_per_kilogram")]),
    ("Wheat sold for $200 a tonne.", [("$200 a tonne", "USD_per_tonne", "USD_per_kilogram")]),
    ("Power costs 15p per kWh.", [("15p per kWh", "p_per_kilowatt_hour", "GBP_per_watt_hour")]),
    ("Beer costs £4.50 a pint.", [("£4.50 a pint", "GBP_per_pint", "GBP_per_pint")]),
    ("It paid a dividend of 35 cents per share.", [("35 cents per share", "cents_per_share", "USD_per_share")]),
    ("The bid values the firm at $5 a share.", [("$5 a share", "USD_per_share", "USD_per_share")]),
    ("Tickets cost £40 per head.", [("£40 per head", "GBP_per_person", "GBP_per_person")]),
    ("The room costs $200 a night.", [("$200 a night", "USD_per_night", "USD_per_night")]),
    # a rate at both ends of a range
    ("Workers earn $5 to $7 an hour.", [("$5 to $7 an hour", "USD_per_hour", "USD_per_second")]),
    ("Workers earn $5-7 an hour.", [("$5-7 an hour", "USD_per_hour", "USD_per_second")]),
    ("Oil traded at $50 to $60 a barrel.", [("$50 to $60 a barrel", "USD_per_barrel", "USD_per_litre")]),
    # sums: a time that dates ("a year ago"), "a" before no unit, no unit spelled out after "a"
    ("It cost $5 million a year ago.", [("$5 million", "USD", "USD")]),
    ("He gave $5 a stranger.", [("$5", "USD", "USD")]),
    ("They paid $20 a t-shirt.", [("$20", "USD", "USD")]),
    ("It cost $5 per cent more.", [("$5", "USD", "USD")]),
    # hyphened before the noun it describes
    ("She took a £50,000-a-year job.", [("£50,000-a-year", "GBP_per_year", "GBP_per_second")]),
    ("He earns a $15-an-hour wage.", [("$15-an-hour", "USD_per_hour", "USD_per_second")]),
    ("They paid $5-a-second-hand price.", [("$5", "USD", "USD")]),
    ("They stayed in a $200-a-night hotel.", [("$200-a-night", "USD_per_night", "USD_per_night")]),
    ("It offered $5-a-share in cash.", [("$5-a-share", "USD_per_share", "USD_per_share")]),
    ("A $1.2-billion-a-year programme was cut.", [("$1.2-billion-a-year", "USD_per_year", "USD_per_second")]),
    ("He ran a $5-a-side league.", [("$5", "USD", "USD")]),
    ("He earns £150,000 a year plus bonuses.", [("£150,000 a year", "GBP_per_year", "GBP_per_second")]),
    ("They raised $5m a month after launch.", [("$5m", "USD", "USD")]),
    ("It costs $5 a second time.", [("$5", "USD", "USD")]),
    # ... and before a rate or a price
    ("Millions live on less than a dollar a day.", [("less than a dollar a day", "USD_per_day", "USD_per_second")]),
    ("Diesel rose nearly a euro a litre.", [("nearly a euro a litre", "EUR_per_litre", "EUR_per_litre")]),
    # an adverb of a period is a rate's as "a year" is
    ("The bill would cost $500 million annually.", [("$500 million annually", "USD_per_year", "USD_per_second")]),
    ("Tuition will rise by $1,000 per annum.", [("$1,000 per annum", "USD_per_year", "USD_per_second")]),
    ("The job pays £30,000 p.a. in London.", [("£30,000 p.a.", "GBP_per_year", "GBP_per_second")]),
    ("A $1,000 monthly payment was made.", [("$1,000 monthly", "USD_per_month", "USD_per_second")]),
    # ... in lower case only, and not a percentage's
    ("He reads the Daily Mail, which costs £1 Daily.", [("£1", "GBP", "GBP")]),
])
def test_money_per_time_is_a_rate(text, expected):
    found = [f for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "money"]
    assert [(text[f.start:f.end], f.value.stated_unit, f.value.unit) for f in found] == expected


def test_a_wage_per_week_and_per_year_compare():
    week = pick("He earns £360 a week.", "money", "£360 a week")
    year = pick("He earns £18,784 a year.", "money", "£18,784 a year")
    assert week.unit == year.unit and week.low <= year.high and year.low <= week.high


@pytest.mark.parametrize("text", ["a sack of 5 pounds of potatoes", "They dropped thousands of pounds of explosives.",
                                  "He lost several pounds.", "He lost 20 pounds.", "The boy weighs 140 pounds.",
                                  # a money word before weighed goods, or in another clause
                                  "The charity paid for 500 pounds of rice.",
                                  "They paid the bill; the box weighed 30 pounds.",
                                  # a scale in words under a million is no sign of money
                                  "The bomb held five hundred pounds.", "The load weighed two thousand pounds."])
def test_pounds_without_a_scale_weigh(text):
    assert [(f.value.kind, f.value.unit) for f in extract_found(text, None, [(0, len(text))])] == [("measure", "kilogram")]


@pytest.mark.parametrize("text", [
    "He scored 2 in 10 minutes.",
    "Police arrested 5 in 2014.",
    "The second in 10 days.",
    "The rebels killed 2 in 3 attacks.",
    "He scored 3 in 10 games.",
    "He scored 3 in 10 league games.",
    "The army carried out 2 in 5 raids.",
    # "per" a base that is not round, or after a number with its own unit
    "Writers earn $5 per 1,000 words.",
    "The car uses 6 litres per 100 km.",
    "He sold 3 per 250 boxes.",
    "It was 2 per 1,000 km.",
    # no share of a point: an ordinal's point, a share of points
    "He raised a third point.",
    "The first half point of the game.",
    # a game's points: a share of a point before a word of a score
    "Carlsen holds a half-point lead going into the final round.",
    "The Warriors led by a half-point spread.",
    # ... or after a game's result and "by"
    "The Warriors won by a half-point.",
    "Kasparov trailed by a half point after six games.",
    "He won by half a point.",
    "Kasparov trailed by three quarters of a point.",
])
def test_no_ratio(text):
    assert [f.value.kind for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "percent"] == []


@pytest.mark.parametrize("text", ["The R5 road flooded.", "R2-D2 appeared.", "The yen 3% higher.", "He won 5 seats.",
                                  "An A4 sheet.", "The G20 met.", "Route R 66 closed.", "He bought 5 rand coins.",
                                  "Staff wore N95 masks.", "The N1 highway closed.", "It was N 5 of the list.",
                                  "The P5 nations met.", "Traffic on SR 520 stopped.", "The SR71 flew.",
                                  "He lives in London W1 now.", "The W3 bus stopped.", "The LE 5 model sold well.",
                                  "Euro 2020 was postponed.", "The euro 2% higher helped."])
def test_a_currency_that_needs_a_scale_is_no_money_without_one(text):
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "money"] == []


@pytest.mark.parametrize("text", ["They shopped at a dollar store.", "It is a euro zone country.", "He paid a dollar for it.",
                                  "The dollar rose against a euro basket.", "It weighs less than a pound a day.",
                                  "A dollar-denominated bond sold well."])
def test_a_money_word_after_a_is_money_only_after_a_hedge_or_before_a_rate(text):
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "money"] == []


@pytest.mark.parametrize("text", ["Support was up 3.2 points.", "They had a 3-point lead.", "The index fell 1.5 points.",
                                  "The party gained 4 points in the poll.", "Syriza led by 4.5 points.",
                                  "Turnout fell 5 points to 60%."])
def test_points_are_no_percent_level(text):
    # a change in points never compares with a level in per cent: "5 points to 60%" is no range
    found = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))])
             if f.value.kind == "percent" and f.value.unit == "percent"]
    assert found == (["60%"] if "60%" in text else [])


def test_a_change_and_its_level_are_not_a_range():
    text = "Gold rose $12 to $1,200 an ounce."
    spans = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "money"]
    assert spans == ["$12", "$1,200 an ounce"]
    text = "Prices rose 5 to 10 percent."
    spans = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "percent"]
    assert spans == ["5 to 10 percent"]
    # ... as a noun of change and "of" do ("a drop of"), still with a range of close ends
    text = "Shares recorded a drop of $5 to $45."
    spans = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "money"]
    assert spans == ["$5", "$45"]
    text = "Workers got a pay rise of 3 to 5 per cent."
    spans = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "percent"]
    assert spans == ["3 to 5 per cent"]
    text = "The firm expects growth of 3% to 4%."
    spans = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "percent"]
    assert spans == ["3% to 4%"]
    # ... and a percent after a noun of change is a rate, its range whole however far apart its ends
    for text, span in [("Economists expect growth of 1% to 4% this year.", "1% to 4%"),
                       ("Analysts forecast a rise of 5% to 20% in prices.", "5% to 20%"),
                       ("The plan would mean a cut of 10 to 40 per cent in staff.", "10 to 40 per cent")]:
        spans = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "percent"]
        assert spans == [span]
    # ... while a level in money after a noun of change still splits from the change
    text = "Oil saw a fall of $10 to $50 a barrel."
    spans = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "money"]
    assert spans == ["$10", "$50 a barrel"]
    # a first number without a unit of its own opens a range, whatever the verb
    text = "The company lost 10 to 40 jobs."
    spans = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "count"]
    assert spans == ["10 to 40 jobs"]


def test_a_bare_3m_after_a_sum_of_millions_is_millions():
    text = "The threshold was cut from 10m euros to 3m."
    got = {text[f.start:f.end]: (f.value.kind, f.value.unit) for f in extract_found(text, None, [(0, len(text))])}
    assert got["3m"] == ("money", "EUR")
    text = "He paid $5m for a 3m boat."
    got = {text[f.start:f.end]: f.value.kind for f in extract_found(text, None, [(0, len(text))])}
    assert got["3m"] == "measure"


@pytest.mark.parametrize("text, expected", [
    ("A €10 billion bailout was agreed, and the remaining 9 billion will come later.",
     {"€10 billion": "EUR", "9 billion": "EUR"}),
    ("The EU gave $5 billion. Another 5 billion will follow.", {"$5 billion": "USD", "5 billion": "USD"}),
    ("It offered €10bn, with another 5 billion from the IMF.", {"€10bn": "EUR", "5 billion": "EUR"}),
    # not of the same order, no word that goes on with a sum, or too far back: no money
    ("A $5bn fund was set up. Officials said another 2 million would be vaccinated.", {"$5bn": "USD"}),
    ("A $5bn fund was set up, and 4 billion people were told.", {"$5bn": "USD"}),
    ("A $5bn fund was set up. It was late. Another 5 billion came.", {"$5bn": "USD"}),
])
def test_more_of_a_sum_keeps_its_currency(text, expected):
    from factcheck.text import split_sentences
    sentences = [(x.start, x.end) for x in split_sentences(text)]
    got = {text[f.start:f.end]: f.value.unit for f in extract_found(text, None, sentences) if f.value.kind == "money"}
    assert got == expected


# Cents alone are a hundredth of the one currency with cents that the sentence's other sums are in.
@pytest.mark.parametrize("text, expected", [
    ("Shares fell 12 cents to A$4.50.", [("12 cents", "AUD"), ("A$4.50", "AUD")]),
    ("Petrol rose 5 cents a litre to €1.60.", [("5 cents a litre", "EUR_per_litre"), ("€1.60", "EUR")]),
    ("Shares fell 12 cents to $4.50.", [("12 cents", "USD"), ("$4.50", "USD")]),
    # no other sum, two currencies, or one with no cents: US cents
    ("The stamp costs 50 cents.", [("50 cents", "USD")]),
    ("It costs 50 cents, up from £1 and €2.", [("50 cents", "USD"), ("£1", "GBP"), ("€2", "EUR")]),
    ("Shares fell 12 cents to ¥450.", [("12 cents", "USD"), ("¥450", "JPY")]),
    # a cent left in the singular after a number other than one is the euro's, as Ireland writes it
    ("The bill raises the minimum wage by 85 cent an hour.", [("85 cent an hour", "EUR_per_second")]),
    ("The stock rose one cent.", [("one cent", "USD")]),
    ("Shares fell 12 cent to $4.50.", [("12 cent", "USD"), ("$4.50", "USD")]),
])
def test_cents_are_of_the_currency_of_their_sentence(text, expected):
    found = [f for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "money"]
    assert [(text[f.start:f.end], f.value.unit) for f in found] == expected


def test_cents_take_no_currency_from_another_sentence():
    text = "Shares fell 12 cents. The bank lost €5bn."
    found = [f for f in extract_found(text, None, [(0, 21), (22, len(text))]) if f.value.kind == "money"]
    assert [(text[f.start:f.end], f.value.unit) for f in found] == [("12 cents", "USD"), ("€5bn", "EUR")]


@pytest.mark.parametrize("text, span, listed", [
    # a rate is compared per second, and listed per the period stated as well
    ("Unite rejected a pay offer worth £1,350 a year.", "£1,350 a year",
     "4.2764e-05..4.27956e-05 GBP_per_second (GBP_per_year 1349.5..1350.5)"),
    ("Workers get £12 an hour.", "£12 an hour", "0.00319472..0.00347194 GBP_per_second (GBP_per_hour 11.501..12.499)"),
    ("The plan costs £5bn a year.", "£5bn a year", "142.631..174.256 GBP_per_second (GBP_per_year 4501000000..5498990000)"),
    # a sum, and a price per a thing, list as they are
    ("The plan costs £5bn.", "£5bn", "4501000000..5499000000 GBP"),
    ("Oil traded at $20 a barrel.", "$20 a barrel", "0.122658..0.128935 USD_per_litre"),
])
def test_a_rate_is_listed_per_its_period(text, span, listed):
    from factcheck.report.extraction import describe

    assert describe(pick(text, "money", span)) == listed


@pytest.mark.parametrize("text, found", [
    # a bare level "per" another currency is in the currency named before it in its clause
    ("The rupee hit a record low of 84.50 per dollar.", [("84.50", "INR")]),
    ("The yen weakened past 160 per dollar.", [("160", "JPY")]),
    ("Turkey's lira slid to 34.5 per dollar.", [("34.5", "TRY")]),
    # ... not with no currency named before, nor the same currency, nor across a clause
    ("The fund paid 5 per dollar invested.", []),
    ("The dollar fund paid 5 per dollar invested.", []),
    ("The rupee fell, and investors got 5 per dollar.", []),
    ("She won 1,380 per dollar.", []),
])
def test_a_level_per_another_currency(text, found):
    from factcheck.extract import extract_found
    assert [(text[f.start:f.end], f.value.unit) for f in extract_found(text, None, [(0, len(text))])
            if f.value.kind == "money"] == found
