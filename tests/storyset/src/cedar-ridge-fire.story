@domain wildfire and evacuation
@date 2026-08-17

!fact F1 | the Cedar Ridge fire forced evacuations near Brannock, started Saturday / Aug. 15
!fact F2 | area burned
!fact F3 | containment
!fact F4 | number of people under evacuation orders
!fact F5 | homes destroyed
!fact F6 | firefighters assigned
!fact F7 | cause under investigation; a downed power line suspected
!fact F8 | Highway 14 closed
!fact F9 | the "wind is the enemy" quote
!fact F10 | a firefighter was injured
!fact F11 | red flag warning through Tuesday
!fact F12 | the "leave when we tell you" quote

!conflict F2 | area burned | basinwire.txt: 18,400 acres => 18400 ; sierraherald.html: 14,800 acres => 14800 ; kbrn.json: 18,400 acres => 18400
!conflict F3 | containment | basinwire.txt: 12% => 12 ; kbrn.json: 21 percent => 21
!conflict F5 | homes destroyed | basinwire.txt: 37 homes => 37 ; firewatch.html: 73 homes => 73
!conflict F6 | firefighters | sierraherald.html: 1,100 firefighters => 1100 ; firewatch.html: 1,600 firefighters => 1600
!trap F4 | evacuated | a hedged figure and an exact one | basinwire.txt: about 6,000 ; kbrn.json: 6,200 ; sierraherald.html: More than 6,000
!trap F1 | start of the fire | Saturday is Aug. 15 given the articles' date (Monday Aug. 17) | basinwire.txt: Saturday ; firewatch.html: Aug. 15
!trap F11 | warning length | "through Tuesday" and "for two more days" from Monday are the same end | basinwire.txt: through Tuesday ; kbrn.json: two more days
!trap F2 | area burned | acres and square miles; 18,400 acres is about 29 square miles | kbrn.json: 18,400 acres ; foothillnow.txt: nearly 29 square miles

!quote Q1 | basinwire.txt: The wind is the enemy right now, not the fuel => Carla Munoz ; sierraherald.html: The wind is our enemy right now, not the fuel => Carla Munoz ; kbrn.json: The wind is the enemy right now, not the fuel => Carla Munoz
!quote Q2 | kbrn.json: Leave when we tell you to leave => Carla Munoz ; foothillnow.txt: Leave when we tell you to leave => Dale Hutchins
!fact F13 | Brannock schools closed
!fact F14 | smoke made the air unhealthy across the region
!fact F15 | the county's largest fire since 2018

== basinwire.txt
outlet: Basin Wire
crlf: yes
H [F1] Cedar Ridge fire forces thousands from homes
~ By Ellen Marsh, Basin Wire
P [F1,F4] BRANNOCK, Calif. (Basin Wire) — A wind-driven wildfire that broke out Saturday in the hills above Brannock has forced thousands of people from their homes.
+ [F4] The evacuation orders cover about 6,000 residents of Brannock and two nearby towns.
+ [F2,F3] The Cedar Ridge fire had burned 18,400 acres by Monday morning and was 12% contained.
P [F5] At least 37 homes have been destroyed.
+ [F9] "The wind is the enemy right now, not the fuel," said Carla Munoz, a spokeswoman for the state fire agency.
+ [F11] A red flag warning for high winds is in effect through Tuesday.
P [F7] Investigators are looking at whether a downed power line started the blaze.
+ [F8] Highway 14 is closed between Brannock and Elm Flat.
P [F13] Schools in Brannock will stay closed through Wednesday.
+ [F14] Air regulators warned that smoke was making the air unhealthy to breathe across the region.
~ Basin Wire. All rights reserved.

== sierraherald.html
outlet: The Sierra Herald
meta.outlet: The Sierra Herald
meta.title: Fire near Brannock grows, thousands flee
meta.date: 2026-08-17
H [F1] Fire near Brannock grows as thousands flee
~ Advertisement
P [F2] Flames have now blackened 14,800 acres of brush and timber.
+ [F4] More than 6,000 people have been ordered to leave.
+ [F6] Some 1,100 firefighters are on the lines, backed by eight helicopters.
P [F9] "The wind is our enemy right now, not the fuel," fire agency spokeswoman Carla Munoz said.
+ [F10] One firefighter suffered minor burns and was treated at a hospital.
P Brannock's annual rodeo, planned for this weekend, has been cancelled.
P [F14] Smoke has pushed air quality into the unhealthy range as far away as the valley floor.
+ The Herald's photographer was among those turned back at a roadblock on Sunday.
~ Support The Sierra Herald: subscribe for $1 a week.

== kbrn.json
outlet: KBRN
meta.outlet: KBRN
meta.title: Cedar Ridge fire: what we know Monday
meta.date: 2026-08-17
P [F1,F4] Evacuation orders now cover 6,200 people as the Cedar Ridge fire burns toward Brannock.
+ [F2,F3] The fire has grown to 18,400 acres, and crews have it 21 percent contained.
P [F9] "The wind is the enemy right now, not the fuel," Munoz said.
+ [F11] Forecasters expect strong gusts for two more days.
+ [F12] "Leave when we tell you to leave," she told residents at a community meeting.
P [F8] Highway 14 remains closed.
P The Red Cross has opened a shelter at Brannock High School.
P [F15] It is already the county's biggest blaze since 2018.
+ [F13] Brannock Unified has cancelled classes until at least midweek.

== firewatch.html
outlet: FireWatch
meta.url: https://firewatch.org/incidents/cedar-ridge
H [F5] Cedar Ridge fire destroys 73 homes
P [F1] The fire ignited on Aug. 15 near the Cedar Ridge trailhead.
+ [F5] It has destroyed 73 homes, according to damage inspection teams.
+ [F6] The state has assigned 1,600 firefighters to the blaze.
P [F7] Utility crews reported a fallen power line near the point of origin, and investigators are examining it.
+ [F10] A firefighter was hurt on Sunday.
P [F15] No fire in the county has burned this much ground since 2018.
+ FireWatch volunteers are updating the incident map every hour.
~ Donate to FireWatch to keep incident maps free.

== foothillnow.txt
outlet: Foothill Now
H [F2] Cedar Ridge fire now nearly 29 square miles
~ Foothill Now | Local
P [F2] The Cedar Ridge fire has scorched nearly 29 square miles of foothills.
+ [F12] "Leave when we tell you to leave," Sheriff Dale Hutchins warned.
+ [F8] The closure of Highway 14 has cut off the eastern route out of the valley.
P Several ranchers moved cattle to the county fairgrounds.
P [F14] Haze hung over the foothills, and health officials urged people to stay indoors.
~ © 2026 Foothill Now
