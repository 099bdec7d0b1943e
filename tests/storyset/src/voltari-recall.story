@domain product recall
@date 2026-09-10

!fact F1 | Voltari recalled e-bike batteries on Wednesday / Sept. 9
!fact F2 | number of batteries recalled
!fact F3 | fires reported
!fact F4 | injuries reported
!fact F5 | refund or replacement offered, amount
!fact F6 | owners told to stop charging the batteries
!fact F7 | the "no one should have to fear their charger" quote
!fact F8 | the batteries were sold from 2023 to 2025
!fact F9 | share of the batteries sold online
!fact F10 | a faulty cell from a supplier is blamed
!fact F11 | the "abundance of caution" quote

!conflict F2 | batteries recalled | consumerwire.txt: 2.3 million => 2300000 ; gadgetline.html: 3.2 million => 3200000 ; safetyfirst.json: 2,300,000 => 2300000
!conflict F3 | fires | consumerwire.txt: 48 fires => 48 ; gadgetline.html: 84 fires => 84 ; ridersforum.html: 48 fires => 48
!conflict F4 | injuries | consumerwire.txt: nine injuries => 9 ; safetyfirst.json: 11 people => 11
!trap F5 | refund | same amount in two notations | consumerwire.txt: $150 ; safetyfirst.json: 150 dollars
!trap F1 | recall date | Wednesday is Sept. 9 given the articles' date (Thursday Sept. 10) | consumerwire.txt: Wednesday ; gadgetline.html: Sept. 9 ; safetyfirst.json: Wednesday
!trap F9 | share sold online | a fraction and a percentage | consumerwire.txt: one in four ; ridersforum.html: 25%
!trap F2 | batteries recalled | the same count as figures and in words | consumerwire.txt: 2.3 million ; safetyfirst.json: 2,300,000

!quote Q1 | consumerwire.txt: No one should have to fear their charger => Denise Alford ; gadgetline.html: Nobody should have to be afraid of their charger => Denise Alford ; safetyfirst.json: No one should have to fear their charger => Denise Alford
!quote Q2 | consumerwire.txt: We are acting out of an abundance of caution => Henrik Sol ; ridersforum.html: We are acting out of an abundance of caution => Denise Alford
!fact F12 | owners can look up serial numbers online
!fact F13 | the batteries sold for about $600
!trap F13 | price | a hedge and a range around the same price | consumerwire.txt: about $600 ; gadgetline.html: roughly $600 ; safetyfirst.json: between $550 and $650

== consumerwire.txt
outlet: Consumer Wire
H [F1,F2] Voltari recalls 2.3 million e-bike batteries after fires
~ Consumer Wire — Sept. 10, 2026
P [F1,F2] WASHINGTON (Consumer Wire) — Voltari on Wednesday recalled 2.3 million e-bike batteries that can overheat and catch fire.
+ [F3,F4] The company has received reports of 48 fires and nine injuries, the Consumer Product Safety Board said.
P [F6] Owners should stop charging the batteries immediately.
+ [F5] Voltari will pay a $150 refund or send a free replacement.
+ [F8] The batteries were sold from 2023 to 2025.
+ [F9] About one in four was sold online.
P [F7] "No one should have to fear their charger," board chair Denise Alford said.
+ [F11] "We are acting out of an abundance of caution," said Voltari chief executive Henrik Sol.
P [F12] Owners can check serial numbers on Voltari's website.
+ [F13] The batteries sold for about $600 at bike shops and large retailers.
~ Consumer Wire. All rights reserved.

== gadgetline.html
outlet: Gadgetline
meta.outlet: Gadgetline
meta.title: Voltari pulls 3.2 million batteries
meta.date: 2026-09-10
H [F2] Voltari pulls 3.2 million batteries over fire risk
~ Share | Tweet
P [F1,F2] The e-bike maker announced on Sept. 9 that it is recalling 3.2 million battery packs.
+ [F3] Regulators have logged 84 fires linked to the packs.
P [F10] The problem traces to a faulty cell made by an outside supplier, the company said.
+ [F7] "Nobody should have to be afraid of their charger," said Denise Alford, who chairs the safety board.
P Voltari's newer batteries use a different cell and are not affected.
P [F13] The packs retailed for roughly $600.
+ Voltari was founded in 2017 in Oakland.
~ Advertisement
~ Get the Gadgetline newsletter.

== safetyfirst.json
outlet: SafetyFirst
meta.url: https://www.safetyfirst.org/recalls/voltari-2026
meta.title: Recall: Voltari e-bike batteries
meta.date: 2026-09-10
P [F1,F2] Voltari recalled 2,300,000 e-bike batteries on Wednesday.
+ [F4] The regulator says 11 people have been hurt.
+ [F6] Consumers should stop charging and using the batteries right away.
+ [F5] The company is offering refunds of 150 dollars or a replacement battery.
P [F7] "No one should have to fear their charger," Alford said.
+ [F8] The recall covers packs sold between 2023 and 2025.
P [F12] A serial number lookup tool is available on the company site.
+ [F13] Each battery cost between $550 and $650.

== ridersforum.html
outlet: Riders Forum
meta.url: https://ridersforum.net/news/voltari-recall
H [F1] What the Voltari recall means for riders
P [F3] The recalled packs have been blamed for 48 fires across the country.
+ [F9] A quarter of them, about 25% by the company's count, were bought online.
+ [F11] "We are acting out of an abundance of caution," Alford said.
+ [F10] A supplier's defective cell is to blame.
P Riders who rely on their e-bikes to commute say a month without one is a real hardship.
+ Some local shops are offering loaner bikes.
P [F12] Riders can look up whether their pack is affected online.
~ Join Riders Forum for free.
