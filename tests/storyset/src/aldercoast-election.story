@domain election
@date 2026-10-09

!fact F1 | the Green Harbour Party won the provincial election on Thursday / Oct. 8
!fact F2 | seats won by the Green Harbour Party
!fact F3 | seats needed for a majority
!fact F4 | the party's share of the vote
!fact F5 | turnout
!fact F6 | Howard Pike conceded defeat
!fact F7 | finance minister Gail Ostrow lost her seat
!fact F8 | Claire Dunmore will be the first woman premier
!fact F9 | the "people have spoken" quote
!fact F10 | Dunmore's pledge on housing
!fact F11 | the Progressive Union's seat count

!conflict F2 | Green Harbour seats | coastwire.txt: 48 => 48 ; islandtimes.html: 46 => 46 ; bayherald.json: 48 => 48
!conflict F5 | turnout | coastwire.txt: 61% => 61 ; islandtimes.html: 64 percent => 64
!conflict F11 | Progressive Union seats | coastwire.txt: 29 => 29 ; bayherald.json: 31 => 31
!trap F3 | seats for a majority | same number in figures and words | coastwire.txt: 45 ; islandtimes.html: forty-five
!trap F4 | vote share | a rounded value and the exact one | coastwire.txt: 41.3% ; bayherald.json: about 41 percent ; civicnotes.html: just over 41%
!trap F1 | election day | Thursday is Oct. 8 given the articles' date (Friday Oct. 9) | coastwire.txt: Thursday ; civicnotes.html: Oct. 8
!trap F10 | housing pledge | "10,000 homes in four years" and "in her first 100 days" measure different things | coastwire.txt: four years ; islandtimes.html: first 100 days

!quote Q1 | coastwire.txt: The people have spoken, and they want change => Claire Dunmore ; bayherald.json: The people have spoken, and they want change => Howard Pike ; civicnotes.html: The people have spoken and they want change => Claire Dunmore
!quote Q2 | coastwire.txt: I called Ms. Dunmore to congratulate her => Howard Pike ; islandtimes.html: I phoned Claire Dunmore to congratulate her => Howard Pike
!fact F12 | Dunmore will name her cabinet in two weeks
!fact F13 | Green Harbour's gains came in rural ridings
!fact F14 | two close ridings still counting mail ballots
!trap F12 | time to name a cabinet | two weeks and a fortnight are the same | coastwire.txt: two weeks ; bayherald.json: a fortnight

== coastwire.txt
outlet: Coast Wire
H [F1] Green Harbour wins Alder Coast majority
~ Coast Wire
P [F1] PORT ALDER (Coast Wire) — The Green Harbour Party won a majority in the Alder Coast provincial election on Thursday, ending 12 years of Progressive Union government.
+ [F2,F3] The party took 48 of the legislature's 88 seats, three more than the 45 needed to govern alone.
+ [F4] It won 41.3% of the popular vote.
P [F11] The Progressive Union fell to 29 seats.
+ [F5] Turnout was 61%, the highest in two decades.
P [F9,F8] "The people have spoken, and they want change," said Claire Dunmore, who will become the province's first woman premier.
+ [F6] Progressive Union leader Howard Pike conceded shortly after midnight.
+ [F6] "I called Ms. Dunmore to congratulate her," Pike said.
P [F10] Dunmore has promised to build 10,000 affordable homes within four years.
+ [F7] Finance Minister Gail Ostrow lost her seat in Port Alder North.
P [F13] Green Harbour's gains came largely in rural ridings that had voted Progressive Union for decades.
+ [F14] Two seats remained too close to call as postal votes were tallied.
+ [F12] Dunmore said she would name her cabinet within two weeks.
~ (c) Coast Wire 2026

== islandtimes.html
outlet: The Island Times
meta.title: Dunmore's Green Harbour sweeps to power
meta.outlet: The Island Times
meta.date: 2026-10-09
H [F1] Dunmore's Green Harbour sweeps to power
~ Election 2026 | Live results | Maps
P [F1,F2] Voters handed Claire Dunmore's Green Harbour Party 46 seats and control of the legislature.
+ [F3] A government needs forty-five seats to pass its budget without help.
+ [F5] Some 64 percent of eligible voters cast a ballot.
P [F6] "I phoned Claire Dunmore to congratulate her," outgoing premier Howard Pike told supporters.
+ [F10] Dunmore said housing would be her priority in her first 100 days.
P Rain kept lines short at polling stations in the northern islands.
P [F13] The biggest swings came in farming communities.
+ Dunmore, 52, is a former marine biologist who entered politics in 2014.
+ Her party had never won more than 20 seats before.
~ Advertisement
~ Support independent island journalism: subscribe to The Island Times.

== bayherald.json
outlet: Bay Herald
meta.title: Pike concedes as Green Harbour takes province
meta.outlet: Bay Herald
meta.date: 2026-10-09
P [F1,F6] Howard Pike accepted defeat early Friday as the Green Harbour Party swept the province.
+ [F9] "The people have spoken, and they want change," Pike said in his concession speech.
P [F2,F4] Green Harbour won 48 seats on about 41 percent of the vote.
+ [F11] Pike's Progressive Union held 31.
+ [F7] Among the casualties was Gail Ostrow, the finance minister, who was defeated in her own riding.
P [F8] Dunmore will be sworn in as the first female premier in the province's history next week.
P Pike said he would stay on as party leader until a successor is chosen.
P [F14] Mail-in ballots are still being counted in two ridings where the margin is under 100 votes.
+ [F12] The premier-designate plans to announce her ministers in a fortnight.

== civicnotes.html
outlet: Civic Notes
meta.url: https://civicnotes.ca/2026/10/alder-coast-result
H [F1] A new government for Alder Coast
P [F1] Alder Coast voters went to the polls on Oct. 8 and chose a change of government.
+ [F4] The Green Harbour Party won just over 41% of ballots cast.
P [F9] "The people have spoken and they want change," Dunmore told a cheering crowd.
+ [F8] She is the first woman to lead the province.
P [F7] Ostrow, the outgoing finance minister, was one of several cabinet members to lose their seats.
P Civic Notes will publish a seat-by-seat breakdown on Monday.
P [F13] Countryside districts long loyal to the governing party swung heavily to Dunmore's candidates.
+ Our reporters visited 14 polling stations on election day.
~ Civic Notes is funded by readers like you.
