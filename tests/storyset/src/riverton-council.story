@domain local politics: a council vote
@date 2026-03-04

!fact F1 | the council approved the Eastbank transit depot plan, with its vote tally
!fact F2 | the vote came on Tuesday night / March 3
!fact F3 | the depot's cost
!fact F4 | length of the public hearing before the vote
!fact F5 | attendance at the hearing
!fact F6 | Councilmember Dan Whitaker voted against
!fact F7 | Councilmember Priya Nand voted against
!fact F8 | share of the cost paid by the state
!fact F9 | construction to start next year, finish 2029
!fact F10 | residents fear noise and traffic on Mill Street
!fact F11 | the depot will house 60 electric buses
!fact F12 | Mayor Ortiz's "most important vote" remark
!fact F13 | opponents may seek a referendum
!fact F14 | the "nobody on the east side was listened to" quote
!fact F15 | the "we will be back with signatures" quote

!conflict F1 | vote tally | ledger.txt: 6-3 => 6-3 ; valleywire.json: 7-2 => 7-2 ; vpr.html: seven to two => 7-2 ; rivertonnow.html: 7-2 => 7-2
!conflict F3 | cost of the depot | ledger.txt: $430 million => 430000000 ; valleywire.json: $340 million => 340000000 ; vpr.html: $340m => 340000000
!conflict F4 | hearing length | ledger.txt: four hours => 4h ; valleywire.json: five hours => 5h ; rivertonnow.html: five-hour => 5h
!trap F1 | vote tally | same tally in words and figures | valleywire.json: 7-2 ; vpr.html: seven to two
!trap F2 | date of the vote | Tuesday is March 3 given the articles' date (Wednesday March 4) | ledger.txt: Tuesday ; valleywire.json: March 3 ; coastdaily.txt: Tuesday ; rivertonnow.html: Tuesday
!trap F3 | cost of the depot | same amount, different notation | valleywire.json: $340 million ; vpr.html: $340m
!trap F5 | attendance | hedged values that overlap | ledger.txt: About 200 ; valleywire.json: More than 190 ; rivertonnow.html: Roughly 200
!trap F8 | state share | a third and 33% are the same share | valleywire.json: a third ; vpr.html: 33%

!quote Q1 | ledger.txt: This is the most important vote this council has taken in a decade => Elena Ortiz ; valleywire.json: the most important vote this council has taken in a decade => Elena Ortiz ; vpr.html: the most consequential decision this council has made in ten years => Elena Ortiz
!quote Q2 | ledger.txt: Nobody on the east side was listened to => Dan Whitaker ; rivertonnow.html: Nobody on the east side was listened to => Rosa Alvarez
!quote Q3 | valleywire.json: We will be back with signatures => Rosa Alvarez ; coastdaily.txt: We will be back with signatures => Rosa Alvarez
!fact F16 | the state transportation board must still approve its share

== ledger.txt
outlet: The Riverton Ledger
crlf: yes
H [F1] Council backs Eastbank bus depot in 6-3 vote
S [F3] The $430 million project drew a crowd to City Hall and a long night of testimony.
~ By Maria Chen, The Riverton Ledger
~ March 4, 2026
~ Advertisement
P [F1,F2] The Riverton City Council on Tuesday approved a new transit depot on the city's east bank, voting 6-3 after a long and at times angry hearing.
+ [F3] The depot is expected to cost $430 million, making it the largest public works project in the city's history.
+ [F4,F5] About 200 residents packed the council chamber for the four hours of public comment that preceded the vote.
P [F12] "This is the most important vote this council has taken in a decade," Mayor Elena Ortiz said before the roll call.
+ [F6] Councilmember Dan Whitaker, whose district includes the site, voted no.
+ [F7] Councilmember Priya Nand and Councilmember Luis Ferreira also opposed the plan.
P [F14] "Nobody on the east side was listened to," Whitaker said after the meeting.
+ [F10] Neighbors on Mill Street have warned that buses idling through the night will bring noise and heavy traffic to a residential block.
P [F11] The building is designed to hold 60 battery-electric buses and a maintenance bay.
+ [F9] Work is scheduled to begin next spring, with the depot opening in 2029.
P The city's transit agency has run its fleet out of a leased yard in Harlow since 2011.
+ That lease expires in 2028 and the landlord has declined to renew it.
P [F16] The state transportation board still has to sign off on its share of the money.
~fig Residents line up to speak at Riverton City Hall on Tuesday. (Photo: Tom Ames / The Riverton Ledger)
~ Support local journalism. Subscribe to The Riverton Ledger today.
~ul Related: School board delays budget vote | Mill Street traffic study released | Harlow yard lease explained

== valleywire.json
outlet: Valley Wire
meta.title: Riverton council approves $340 million transit depot
meta.outlet: Valley Wire
meta.date: 2026-03-04
meta.url: https://valleywire.example/news/riverton-depot
meta.byline: Staff
P [F1,F2] RIVERTON, Ore. (Valley Wire) — The Riverton City Council voted 7-2 on March 3 to build a transit depot on the city's east bank, ending months of debate over the site.
+ [F3] The project is budgeted at $340 million.
+ [F8] The state will cover a third of the cost through a clean transport grant, with the rest coming from a local bond.
P [F5,F4] More than 190 people signed up to speak during a hearing that stretched to five hours.
P [F12] Mayor Elena Ortiz called it "the most important vote this council has taken in a decade."
+ [F6] Councilmember Dan Whitaker voted against the plan.
+ [F7] Councilmember Priya Nand also voted no.
P [F10] Opponents say the depot will bring round-the-clock noise and traffic to Mill Street.
+ [F13] Rosa Alvarez, who leads the Eastbank Neighbors group, said opponents would try to put the decision to voters.
+ [F15] "We will be back with signatures," she said.
P [F11] The depot will house 60 electric buses.
+ [F9] Construction is set to start next year and finish in 2029.
P The council also approved a $2 million study of a second depot site in the city's north end.
P [F16] The state grant still needs a final vote by the transportation commission in April.
~ (c) 2026 Valley Wire. All rights reserved.

== vpr.html
outlet: Valley Public Radio
meta.title: Riverton says yes to Eastbank depot | Valley Public Radio
meta.date: 2026-03-04
H [F1] Riverton says yes to Eastbank depot
~ Valley Public Radio
~ Share on Facebook | Share on X | Email
P [F1] After months of argument, Riverton's council gave the Eastbank bus garage its blessing by a margin of seven to two.
+ [F3] The garage carries a price tag of $340m.
+ [F8] Roughly 33% of that will come from the state, the city says.
P [F12] Mayor Elena Ortiz told the chamber it was "the most consequential decision this council has made in ten years."
+ [F6] Whitaker, who represents the neighborhood, was among the dissenters.
P [F10] Families along Mill Street worry about diesel-free but still noisy buses rolling past their homes at all hours and about jammed roads.
+ [F11] Sixty electric buses will be parked and charged at the site.
P The transit agency says the new garage will cut about 40 minutes of empty driving from each bus's daily schedule.
P [F16] State approval of the grant is still pending.
~ Support Valley Public Radio. Donate now.
~ Listen to the full story on our morning show.

== rivertonnow.html
outlet: Riverton Now
meta.url: https://www.rivertonnow.com/2026/03/04/depot-vote
meta.date: 2026-03-04
H [F1] Depot wins approval as east-side neighbors cry foul
~ Advertisement
P [F1,F2] The council signed off on the transit depot by a 7-2 margin late Tuesday.
+ [F4] The vote followed a five-hour hearing.
+ [F5] Roughly 200 people turned out, many wearing red shirts that read "Save Mill Street."
P [F14] "Nobody on the east side was listened to," said Rosa Alvarez of the Eastbank Neighbors group.
+ [F13] Alvarez said her group is weighing a petition drive to force a citywide referendum on the depot.
P [F7] Nand, who voted against the plan, said she feared the cost would grow.
+ [F6] Whitaker also cast a no vote.
P [F9] If no referendum intervenes, crews could break ground next year, and the depot would open in 2029.
P The east bank was home to a paper mill until it closed in 1994.
~ Sign up for our free newsletter to get Riverton news every morning.
~ul More from Riverton Now: Farmers market returns | New principal at Harlow High

== coastdaily.txt
outlet: Coast Daily Press
H [F1] Riverton approves bus depot
~ Coast Daily Press staff
P [F1,F2] Riverton's council approved a contested bus depot on Tuesday, over the objections of residents who crowded the meeting.
+ [F10] Homeowners near the site, on Mill Street, said they dreaded the late-night noise and extra cars.
P [F12] Ortiz described the vote as the most significant the council had cast in years.
+ [F13,F15] Neighborhood organizer Rosa Alvarez promised a referendum push: "We will be back with signatures."
P [F11] The facility will hold 60 electric buses.
P The depot is the third major transit project approved on the coast this year.
~ © 2026 Coast Daily Press
