@domain court ruling
@date 2026-02-13

!fact F1 | appeals court ruled Carrow drivers are employees, with the panel's split
!fact F2 | ruling came Thursday / Feb. 12
!fact F3 | back pay / damages the company must pay
!fact F4 | number of drivers covered
!fact F5 | Judge Okafor wrote the majority opinion
!fact F6 | Judge Reyes dissented
!fact F7 | the "app says so" line from the opinion
!fact F8 | Carrow will appeal / has 30 days to ask for rehearing
!fact F9 | the case began with a 2021 lawsuit by drivers
!fact F10 | share of Carrow's drivers working more than 30 hours a week
!fact F11 | the "win for every driver" quote
!fact F12 | the ruling sends the case back to a lower court to set pay

!conflict F3 | back pay owed | capitolwire.txt: $18.5 million => 18500000 ; metrotimes.json: $15.8 million => 15800000 ; lawbeat.html: $18.5m => 18500000
!conflict F4 | drivers covered | capitolwire.txt: 42,000 => 42000 ; driversdigest.html: 24,000 => 24000 ; metrotimes.json: 42,000 => 42000
!conflict F1 | panel split | capitolwire.txt: 2-1 => 2-1 ; lawbeat.html: unanimous => 3-0
!trap F2 | date of the ruling | Thursday is Feb. 12 given the articles' date (Friday Feb. 13) | capitolwire.txt: Thursday ; lawbeat.html: Feb. 12
!trap F3 | back pay owed | same amount written two ways | capitolwire.txt: $18.5 million ; lawbeat.html: $18.5m
!trap F10 | share of full-time drivers | hedges around the same value | capitolwire.txt: Nearly 40 percent ; metrotimes.json: About 40%
!trap F9 | when the suit was filed | five years before 2026 is 2021 | capitolwire.txt: 2021 ; driversdigest.html: five years ago
!trap F8 | time to appeal | "30 days to seek rehearing" and "a day after the ruling" measure different things | capitolwire.txt: 30 days ; metrotimes.json: A day after the ruling

!quote Q1 | capitolwire.txt: A worker does not become a contractor because an app says so => Hannah Okafor ; lawbeat.html: A driver does not become an independent contractor simply because an app says so => Hannah Okafor
!quote Q2 | capitolwire.txt: This is a win for every driver in this state => Marco Diaz ; driversdigest.html: This is a win for every driver in this state => Janet Pruitt ; metrotimes.json: a win for every driver in this state => Marco Diaz
!fact F13 | Carrow shares fell 6 percent
!fact F14 | other app-based companies could face similar claims
!fact F15 | Carrow says drivers prefer flexibility
!trap F13 | share price fall | 6 percent and 6% are the same | metrotimes.json: 6 percent ; lawbeat.html: 6%

== capitolwire.txt
outlet: Capitol Wire
H [F1] Appeals court says Carrow drivers are employees
~ By Lena Park
~ Feb. 13, 2026
P [F1,F2] SACRAMENTO, Calif. (Capitol Wire) — A state appeals court ruled 2-1 on Thursday that drivers for the ride-hailing company Carrow are employees, not independent contractors.
+ [F3,F4] The decision means Carrow owes $18.5 million in back pay to about 42,000 drivers, according to lawyers for the drivers.
P [F5,F7] "A worker does not become a contractor because an app says so," Judge Hannah Okafor wrote for the majority.
+ [F6] Judge Samuel Reyes dissented, arguing the drivers set their own hours.
P [F10] Nearly 40 percent of Carrow's drivers work more than 30 hours a week, court filings show.
+ [F9] The drivers sued in 2021.
P [F11] "This is a win for every driver in this state," said Marco Diaz, president of the Rideshare Workers Union.
+ [F8] Carrow has 30 days to ask the full court to rehear the case and said it would appeal.
+ [F12] The panel sent the case back to a trial court to calculate what each driver is owed.
P [F14] Other app-based companies, including delivery services, could face similar claims.
+ [F15] Carrow said in a statement that most drivers prefer the freedom to choose when they work.
+ The case is Alvarado v. Carrow Technologies.
~ Copyright 2026 Capitol Wire. May not be republished without permission.

== lawbeat.html
outlet: The Law Beat
meta.outlet: The Law Beat
meta.title: Unanimous panel rules against Carrow
meta.date: 2026-02-13
H [F1] Unanimous panel rules against Carrow in driver case
~ Share | Tweet | Email
P [F1,F2] In a unanimous opinion issued Feb. 12, a three-judge appellate panel held that Carrow's drivers must be classified as employees under state wage law.
+ [F3] The ride-hailing firm now faces an $18.5m back-pay bill.
P [F5,F7] Writing for the court, Judge Hannah Okafor put it plainly: "A driver does not become an independent contractor simply because an app says so."
+ [F12] A lower court will now work out how much each driver should receive.
P Employment lawyers said the opinion leans heavily on a 2019 ruling involving delivery couriers.
+ Three other ride-hailing cases are pending in the same district.
P [F14] Food couriers and grocery shoppers who work through apps may now bring the same argument.
+ [F13] Investors marked Carrow's stock down by 6% at the open.
~ Advertisement
~ The Law Beat is reader-supported. Become a member.

== metrotimes.json
outlet: Metro Times
meta.title: Court: Carrow drivers are staff, company owes millions
meta.outlet: Metro Times
meta.date: 2026-02-13
meta.byline: Ruth Adeyemi
P [F1] Carrow's drivers are employees and not freelancers, an appeals court has decided, in a case that could reshape the gig economy.
+ [F4,F3] The ruling covers 42,000 drivers, who are owed a combined $15.8 million, their lawyers said.
P [F10] About 40% of those drivers work more than 30 hours a week.
+ [F9] The case was filed in 2021 by a group of drivers in Los Angeles.
P [F11] Union leader Marco Diaz hailed the decision as "a win for every driver in this state."
+ [F8] A day after the ruling, the company said it would fight on.
P [F6] One judge, Samuel Reyes, disagreed with his colleagues.
P [F13] Carrow's shares fell 6 percent in early trading.
P [F15] The company argues its drivers want flexible schedules above all.
~ Related: What the gig economy ruling means for you | Carrow's history of lawsuits

== driversdigest.html
outlet: Drivers Digest
meta.url: https://driversdigest.org/news/carrow-ruling
meta.date: 2026-02-13
H [F1] Drivers celebrate: court says Carrow must treat them as staff
~ Photo: Drivers rally outside the courthouse. Credit: Ana Ruiz
P [F1] Judges have told Carrow that the people behind the wheel are its workers, a finding that advocates have sought for years.
+ [F4] Some 24,000 drivers are covered by the decision.
P [F11] "This is a win for every driver in this state," said Janet Pruitt, the lawyer who argued the case.
+ [F7] The court's opinion said that a worker does not become a contractor because an app says so.
P [F9] The original complaint was filed five years ago.
P Several drivers honked their horns outside the courthouse when the news spread.
P [F14] Advocates said delivery workers would be next.
+ Drivers Digest surveyed 300 members last year, and most wanted employee status.
~ Donate to keep Drivers Digest free for every driver.
