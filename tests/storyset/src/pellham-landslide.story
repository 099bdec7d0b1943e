@domain disaster: a landslide whose toll changes between reports
@date 2026-01-19

!fact F1 | landslide buried homes in Pellham after heavy rain, on Sunday / Jan. 18
!fact F2 | death toll
!fact F3 | number missing
!fact F4 | residents evacuated
!fact F5 | rescuers searched through the night / for twelve hours
!fact F6 | Governor Ana Whitlock declared a state of emergency
!fact F7 | the "still hoping to find people alive" quote
!fact F8 | rainfall in the two days before the slide
!fact F9 | Route 9 closed; town cut off
!fact F10 | governor's "heartbreaking" remark
!fact F11 | geologists had warned of the slope in a 2019 report
!fact F12 | number of homes destroyed

!conflict F2 | deaths | northstar.txt: 12 => 12 ; herald.html: 14 => 14 ; kcrn.json: fourteen => 14 ; ridgeline.html: Twelve => 12
!conflict F3 | missing | northstar.txt: 30 => 30 ; kcrn.json: 23 => 23
!conflict F12 | homes destroyed | northstar.txt: 27 homes => 27 ; herald.html: 27 homes => 27 ; mountainvoice.txt: Thirty-five houses => 35
!trap F2 | deaths | 14 and fourteen are the same count | herald.html: 14 ; kcrn.json: fourteen
!trap F5 | search length | same duration in words and figures | northstar.txt: 12 hours ; kcrn.json: twelve hours
!trap F1 | date of the slide | Sunday is Jan. 18 given the articles' date (Monday Jan. 19) | northstar.txt: Sunday ; kcrn.json: Jan. 18 ; mountainvoice.txt: Sunday
!trap F4 | evacuated | a vague count and a figure that fits it | northstar.txt: More than 400 ; ridgeline.html: Hundreds of ; mountainvoice.txt: About 420
!trap F8 | rainfall | "two days of rain" and "a day after the storm" measure different things | herald.html: two days ; ridgeline.html: A day after the storm

!quote Q1 | northstar.txt: We are still hoping to find people alive => Tom Garvey ; herald.html: We are still hoping to find people alive => Tom Garvey ; ridgeline.html: We are still hoping to find people alive => Ana Whitlock
!quote Q2 | northstar.txt: This is heartbreaking for every family in this valley => Ana Whitlock ; kcrn.json: heartbreaking for every family in the valley => Ana Whitlock ; mountainvoice.txt: This is heartbreaking for every family in this valley => Ana Whitlock
!fact F13 | National Guard sent to help the search
!fact F14 | more rain forecast midweek
!trap F13 | Guard troops | a hedge around the same number | northstar.txt: 150 ; kcrn.json: About 150

== northstar.txt
outlet: NorthStar Wire
H [F1,F2] Landslide kills 12 in mountain town, dozens missing
~ By Joel Ferris
~ NorthStar Wire
P [F1,F8] PELLHAM, Colo. (NorthStar) — A hillside gave way above the mountain town of Pellham on Sunday, burying homes under mud and rock after days of heavy rain.
+ [F2,F3] At least 12 people were killed and 30 were missing, county officials said.
P [F5] Rescuers worked for 12 hours through the night, digging by hand and with dogs.
+ [F7] "We are still hoping to find people alive," Fire Chief Tom Garvey told reporters.
+ [F12] The slide destroyed 27 homes on the town's west side.
P [F4] More than 400 residents were evacuated to a school gymnasium in the next town.
+ [F6] Gov. Ana Whitlock declared a state of emergency.
+ [F10] "This is heartbreaking for every family in this valley," Whitlock said.
P [F9] Route 9, the only road into Pellham, remained closed.
+ [F11] A 2019 state geological report had flagged the slope as unstable.
P [F13] The governor also sent 150 National Guard troops to help with the search.
+ Pellham, a former silver-mining town, has about 1,800 residents.
~ (c) 2026 NorthStar Wire

== herald.html
outlet: The Highland Herald
meta.title: Landslide toll rises to 14 in Pellham
meta.date: 2026-01-19
H [F1,F2] Pellham landslide toll rises to 14
~ From wire reports
~ Advertisement
P [F1] A rain-soaked hillside collapsed onto the mountain town of Pellham, burying homes under mud and rock.
+ [F2] The number of dead rose to 14 on Monday, county officials said.
P [F8] The slope gave way after two days of rain dumped nearly 5 inches on the valley.
+ [F5] Rescuers worked through the night, digging by hand and with dogs.
+ [F7] "We are still hoping to find people alive," Fire Chief Tom Garvey said.
+ [F12] The slide flattened 27 homes.
P [F9] With Route 9 shut, supplies are being flown in by helicopter.
P [F14] More rain is forecast for Wednesday, raising fears of further slides.
+ [F13] National Guard units have been deployed to the valley.
~ Copyright 2026 The Highland Herald. Includes reporting from NorthStar Wire.

== kcrn.json
outlet: KCRN News
meta.title: Governor declares emergency after deadly Pellham slide
meta.outlet: KCRN News
meta.date: 2026-01-19
P [F1,F6] Governor Ana Whitlock put Pellham County under a state of emergency after the Jan. 18 mudslide.
+ [F2,F3] Officials now count fourteen people dead, and 23 others remain unaccounted for.
P [F5] Search teams had been combing the debris for twelve hours when the first survivor was pulled out early Monday.
+ [F10] Whitlock called the disaster "heartbreaking for every family in the valley."
P [F4] Evacuees are sleeping in a high school gym in Dorrance.
+ The Red Cross said it had sent 200 cots and a mobile kitchen.
P [F13] About 150 Guard soldiers joined the search on Monday.
~ Watch: Aerial footage of the slide
~ KCRN News app: get alerts on your phone.

== ridgeline.html
outlet: Ridgeline Post
meta.url: https://www.ridgelinepost.com/news/2026/01/19/pellham-slide
H [F2] Twelve confirmed dead as Pellham digs out
P [F1,F2] Twelve people have been confirmed dead after mud and boulders swept down onto Pellham.
+ [F4] Hundreds of residents have been told to leave their homes.
P [F8] A day after the storm, the slope gave way.
+ [F7] "We are still hoping to find people alive," Governor Ana Whitlock said at a briefing.
+ [F9] The highway into town is closed.
P Local churches have opened their doors to displaced families.
P [F14] Forecasters expect another storm midweek, which could loosen more of the slope.
~ Share this story
~ Subscribe to the Ridgeline Post newsletter

== mountainvoice.txt
outlet: Mountain Voice
H [F1] Pellham mourns after hillside collapse
~ Mountain Voice | Community news
P [F1] Neighbors were still in shock on Monday, a day after a wall of mud came down on Pellham on Sunday morning.
+ [F12] Thirty-five houses were lost, according to the town clerk.
P [F4] About 420 people left town and are staying with relatives or in shelters.
+ [F10] "This is heartbreaking for every family in this valley," the governor said during a visit.
+ [F11] Residents pointed to a 2019 report that warned the hillside was unstable.
P A vigil is planned for Wednesday at the town hall.
P [F14] Residents dread the rain expected later this week.
~ Support Mountain Voice: donate to keep community news alive.
