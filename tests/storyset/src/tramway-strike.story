@domain a transit strike
@date 2026-11-24

!fact F1 | tram drivers in Lormont walked out on Monday / Nov. 23
!fact F2 | number of workers on strike
!fact F3 | length of the strike
!fact F4 | pay rise the union demands
!fact F5 | pay rise the operator offered
!fact F6 | daily riders affected
!fact F7 | the "not asking for the moon" quote
!fact F8 | talks to resume Thursday with a mediator
!fact F9 | the operator runs replacement buses on two lines
!fact F10 | the last strike, in 2019, lasted nine days
!fact F11 | the "strike is hurting the people it claims to defend" quote

!conflict F2 | workers on strike | metrowire.txt: 1,350 => 1350 ; lormontdaily.html: 1,530 => 1530 ; cityvoice.json: 1,350 => 1350
!conflict F3 | strike length | metrowire.txt: 48-hour => 48h ; transitnews.html: 72-hour => 72h ; lormontdaily.html: two-day => 48h
!conflict F4 | union demand | metrowire.txt: 7% => 7 ; cityvoice.json: 9 percent => 9
!trap F3 | strike length | a 48-hour strike is a two-day strike | metrowire.txt: 48-hour ; lormontdaily.html: two-day
!trap F6 | riders | hedges around one figure | metrowire.txt: about 180,000 ; transitnews.html: Nearly 180,000 ; cityvoice.json: More than 175,000
!trap F1 | date of the walkout | Monday is Nov. 23 given the articles' date (Tuesday Nov. 24) | metrowire.txt: Monday ; cityvoice.json: Nov. 23
!trap F5 | offer | same share in two notations | metrowire.txt: 3.5% ; lormontdaily.html: 3.5 per cent
!trap F10 | length of the 2019 strike | "more than a week" is consistent with nine days | metrowire.txt: nine days ; transitnews.html: more than a week

!quote Q1 | metrowire.txt: We are not asking for the moon, just for wages we can live on => Sofia Brandao ; lormontdaily.html: We're not asking for the moon, only for a wage we can live on => Sofia Brandao ; cityvoice.json: We are not asking for the moon, just for wages we can live on => Sofia Brandao
!quote Q2 | metrowire.txt: This strike is hurting the very people it claims to defend => Paul Grange ; transitnews.html: This strike is hurting the very people it claims to defend => Marc Olier
!fact F12 | the union threatens more strikes in December
!fact F13 | what the union's demand would cost a year
!conflict F13 | yearly cost of the demand | metrowire.txt: €40 million => 40000000 ; lormontdaily.html: €14 million => 14000000 ; cityvoice.json: 40 million euros => 40000000
!trap F13 | yearly cost of the demand | the same amount in two notations | metrowire.txt: €40 million ; cityvoice.json: 40 million euros

== metrowire.txt
outlet: Metro Wire
crlf: yes
H [F1] Lormont tram drivers begin 48-hour strike
~ By Claire Dubois, Metro Wire
~ Nov. 24, 2026
P [F1,F2,F3] LORMONT (Metro Wire) — About 1,350 tram drivers and technicians in Lormont began a 48-hour strike on Monday, halting all four tram lines.
+ [F6] The network normally carries about 180,000 riders a day.
+ [F4,F5] The union wants a 7% raise, while the operator has offered 3.5%.
P [F7] "We are not asking for the moon, just for wages we can live on," said union leader Sofia Brandao.
+ [F11] "This strike is hurting the very people it claims to defend," said Paul Grange, the operator's chief executive.
P [F9] Replacement buses are running on lines A and C.
+ [F8] Talks are due to resume on Thursday with a government mediator.
+ [F10] The last tram strike, in 2019, lasted nine days.
P [F12] The union said more strikes would follow in December if talks fail.
+ [F13] The operator says the union's demand would cost €40 million a year.
~ (c) 2026 Metro Wire

== lormontdaily.html
outlet: The Lormont Daily
meta.outlet: The Lormont Daily
meta.title: Trams halted as two-day strike begins
meta.date: 2026-11-24
H [F1,F3] Trams halted as two-day strike begins
~ Advertisement
P [F1,F2,F3] Some 1,530 tram workers walked off the job for a two-day stoppage that left platforms empty across the city.
+ [F5] Management's offer of 3.5 per cent was rejected as an insult.
P [F7] "We're not asking for the moon, only for a wage we can live on," Sofia Brandao of the drivers' union told the crowd.
+ [F9] Buses are standing in for trams on two of the four lines.
P Many commuters cycled to work despite the cold.
+ Bike-share stations ran out of bicycles by 8 a.m.
P [F12] Union leaders threatened fresh walkouts next month.
+ [F13] Management puts the price of the union's demand at €14 million annually.
~ Subscribe to The Lormont Daily for $2 a week.
~ul Read more: Winter service changes | Tram line D extension delayed

== cityvoice.json
outlet: City Voice
meta.outlet: City Voice
meta.date: 2026-11-24
meta.title: What you need to know about the tram strike
P [F1,F2] The strike by 1,350 tram staff started on Nov. 23.
+ [F6] More than 175,000 daily riders have been left to find other ways to get around.
+ [F4] Workers are seeking a 9 percent pay increase.
P [F7] "We are not asking for the moon, just for wages we can live on," Brandao said.
+ [F8] A mediator will join the talks on Thursday.
P Schools have told parents to expect late arrivals.
P [F13] Meeting the union's demand would add 40 million euros a year to costs, according to the company.
+ Taxi firms reported a surge in bookings.

== transitnews.html
outlet: Transit News
meta.url: https://www.transitnews.com/2026/11/24/lormont-strike
H [F1] Lormont strike shuts tram network
P [F1,F3] A 72-hour walkout has brought Lormont's trams to a standstill.
+ [F6] Nearly 180,000 passengers depend on the network each day.
P [F11] "This strike is hurting the very people it claims to defend," transport minister Marc Olier said.
+ [F10] Drivers last struck in 2019, when the network was shut for more than a week.
+ [F9] Substitute buses serve two lines.
P [F12] Further stoppages are planned for December.
~ Share this article
