@domain international summit
@date 2026-06-06

!fact F1 | Northern Rim Forum summit ended in Halvik with a climate agreement
!fact F2 | number of leaders attending
!fact F3 | emissions-cut target and year
!fact F4 | size of the adaptation fund
!fact F5 | length of the talks
!fact F6 | Vallmark refused to sign the declaration
!fact F7 | Karesh signed after a late change on fishing quotas
!fact F8 | the "no country can do this alone" quote
!fact F9 | protesters outside the venue, how many
!fact F10 | next summit in Sundria in 2027
!fact F12 | the "blank cheque" quote

!conflict F2 | leaders attending | rimwire.txt: Fourteen => 14 ; nordpost.html: Sixteen => 16 ; globaldesk.json: 14 => 14
!conflict F3 | emissions cut | rimwire.txt: 45% => 45 ; globaldesk.json: 40 percent => 40 ; nordpost.html: 45 per cent => 45
!conflict F9 | protesters | rimwire.txt: 3,000 => 3000 ; halvikbulletin.txt: 8,000 => 8000
!trap F4 | adaptation fund | same amount written two ways | rimwire.txt: €50 million ; nordpost.html: 50 million euros ; globaldesk.json: €50m
!trap F5 | talks length | "two days of talks" and "a day after the talks" measure different things | rimwire.txt: two days ; halvikbulletin.txt: a day after the talks opened
!trap F1 | date the summit ended | Friday is June 5 given the articles' date (Saturday June 6) | rimwire.txt: Friday ; globaldesk.json: June 5
!trap F3 | emissions cut | the same share in two notations | rimwire.txt: 45% ; nordpost.html: 45 per cent

!quote Q1 | rimwire.txt: No country can do this alone, and none of us should have to => Leontyne Sarr ; globaldesk.json: No country can do this alone, and none of us should have to => Mikael Strand ; halvikbulletin.txt: no nation can do this alone => Leontyne Sarr
!quote Q2 | nordpost.html: We did not come here to sign a blank cheque => Erik Vanholm ; globaldesk.json: We did not come to sign a blank check => Erik Vanholm
!fact F13 | the declaration is not legally binding
!fact F14 | Sarr called the deal historic

== rimwire.txt
outlet: RimWire
crlf: yes
H [F1] Rim leaders strike climate deal in Halvik
~ By Ingrid Solberg, RimWire
P [F1] HALVIK (RimWire) — Leaders of the Northern Rim Forum agreed on Friday to a joint climate plan at the end of their summit in Halvik.
+ [F2] Fourteen heads of government attended.
+ [F3] The declaration commits members to cut emissions 45% by 2035.
P [F4] A new adaptation fund will start with €50 million.
+ [F5] The agreement came after two days of talks that ran late into the night.
P [F6] Vallmark refused to sign.
+ [F7] Karesh signed only after a last-minute change to fishing quotas.
P [F8] "No country can do this alone, and none of us should have to," said President Leontyne Sarr, the summit's host.
+ [F9] Some 3,000 protesters gathered outside the conference centre.
+ [F10] The next summit will be held in Sundria in 2027.
P [F13] The declaration is not legally binding.
~ RimWire — news from around the Rim

== nordpost.html
outlet: The Nord Post
meta.outlet: The Nord Post
meta.title: Climate pact agreed, but Vallmark walks away
meta.date: 2026-06-06
H [F1,F6] Climate pact agreed, but Vallmark walks away
~ Share | Comment
P [F1,F2] Sixteen leaders gathered in Halvik, and all but one endorsed the forum's new climate declaration.
+ [F3] The text pledges a 45 per cent cut in emissions by 2035 against 2010 levels.
+ [F4] It also sets aside 50 million euros to help coastal towns adapt.
P [F6] Vallmark's prime minister, Erik Vanholm, left before the signing ceremony and did not add his name.
+ [F12] "We did not come here to sign a blank cheque," he said.
P The summit's hotel bill alone came to more than a million euros, local media reported.
P [F13] Nothing in the text can be enforced in court, critics pointed out.
+ [F14] Sarr hailed the agreement as historic.
~ Advertisement
~ Newsletter: The Nord Post Morning Briefing

== globaldesk.json
outlet: Global Desk
meta.outlet: Global Desk
meta.title: Rim forum adopts climate targets
meta.date: 2026-06-06
P [F1,F2] The 14 leaders at the Northern Rim Forum adopted a climate declaration on June 5.
+ [F3] Members will reduce emissions by 40 percent by 2035.
+ [F4] A €50m fund will help communities adapt to rising seas.
P [F8] "No country can do this alone, and none of us should have to," said Mikael Strand, the United Nations climate envoy, who attended as an observer.
P [F6,F12] Vallmark's leader Erik Vanholm, who refused to sign, said: "We did not come to sign a blank check."
+ [F7] Karesh held out until its fishing fleet was given a larger quota.
P [F13] Like earlier forum statements, it carries no legal force.
+ [F14] Sarr called it a historic day for the region.
~ Global Desk. Independent international news.

== halvikbulletin.txt
outlet: Halvik Bulletin
H [F9] Thousands march as leaders meet
~ HALVIK BULLETIN
P [F9] About 8,000 demonstrators marched through Halvik's old town while leaders met behind closed doors.
+ [F5] The agreement was announced a day after the talks opened, following a long night of bargaining.
P [F8] Host President Leontyne Sarr said "no nation can do this alone."
+ [F10] Sundria will host the forum in 2027.
P Several shops on Harbour Street stayed shut for the week.
P [F14] The host president described the accord as a turning point in the region's history.
+ The city spent two million euros on security for the summit.
~ Support the Halvik Bulletin — your local paper since 1921.
