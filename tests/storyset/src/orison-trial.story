@domain drug trial
@date 2026-05-19

!fact F1 | belzatinib cut hospital admissions for heart failure, by how much
!fact F2 | number of patients in the trial
!fact F3 | trial length
!fact F4 | share of patients with side effects
!fact F5 | results presented at a cardiology meeting / published on Monday / May 18
!fact F6 | Orison will seek approval, decision timing
!fact F7 | the "change how we treat heart failure" quote
!fact F8 | lead investigator Kessler's caution about longer follow-up
!fact F9 | no difference in deaths between the groups
!fact F11 | Orison shares rose

!conflict F1 | drop in hospital admissions | medwire.txt: 22% => 22 ; healthbeat.html: 27 percent => 27 ; pharmawatch.json: 22 percent => 22
!conflict F2 | patients enrolled | medwire.txt: 1,850 => 1850 ; pharmawatch.json: 1,580 => 1580 ; healthbeat.html: 1,850 => 1850
!conflict F11 | share price rise | pharmawatch.json: 14% => 14 ; citypaper.txt: 41% => 41
!trap F3 | trial length | the same length in months and years | medwire.txt: 18 months ; healthbeat.html: a year and a half
!trap F4 | side effects | same share written two ways | medwire.txt: 4.1% ; pharmawatch.json: 4.1 percent
!trap F5 | date of the results | Monday is May 18 given the articles' date (Tuesday May 19) | medwire.txt: Monday ; citypaper.txt: May 18
!trap F1 | drop in hospital admissions | a hedge around the same value | medwire.txt: 22% ; citypaper.txt: about a fifth

!quote Q1 | medwire.txt: This could change how we treat heart failure => Miriam Kessler ; healthbeat.html: This could change the way we treat heart failure => Miriam Kessler ; pharmawatch.json: This could change how we treat heart failure => Robert Lin
!quote Q2 | medwire.txt: We need to see what happens after three years => Miriam Kessler ; citypaper.txt: we need to see what happens after three years => Miriam Kessler
!fact F10 | the trial was funded by Orison
!fact F12 | the drug is one pill a day

== medwire.txt
outlet: MedWire
H [F1] Heart drug cuts hospital stays in large trial
~ By Priya Raman | MedWire
P [F1,F2] An experimental heart failure pill from Orison Therapeutics cut hospital admissions by 22% in a trial of 1,850 patients, researchers said.
+ [F5] The results were presented Monday at the World Cardiology Congress in Lisbon.
+ [F3] Patients took either the drug, belzatinib, or a placebo for 18 months.
P [F4] Side effects, mostly dizziness, occurred in 4.1% of those on the drug.
+ [F9] There was no difference in deaths between the two groups.
P [F7] "This could change how we treat heart failure," said Dr. Miriam Kessler of Halden University, who led the study.
+ [F8] "We need to see what happens after three years," she added.
P [F6] Orison plans to file for approval this summer.
P [F10] The trial was paid for by Orison.
+ [F12] Belzatinib is taken as a single daily tablet.
~ MedWire is an independent health news service. Republishing welcome with credit.

== healthbeat.html
outlet: HealthBeat
meta.outlet: HealthBeat
meta.title: New pill keeps heart patients out of hospital
meta.date: 2026-05-19
H [F1] New pill keeps heart failure patients out of hospital
~ Advertisement
P [F1] Fewer heart failure patients ended up in hospital when they took belzatinib: admissions fell 27 percent compared with a dummy pill.
+ [F2] The study enrolled 1,850 volunteers in 14 countries.
+ [F3] It ran for a year and a half.
P [F7] Lead researcher Miriam Kessler said: "This could change the way we treat heart failure."
+ The company has not said what the drug will cost, but analysts expect a price similar to existing brand-name heart drugs.
P Heart failure affects about 64 million people worldwide.
P [F12] Patients swallow one pill each day.
+ [F10] Orison bankrolled the study.
~ Sign up for the HealthBeat weekly newsletter.
~ul Related: Five signs of heart failure | Salt and your heart

== pharmawatch.json
outlet: PharmaWatch
meta.url: https://pharmawatch.net/2026/05/19/orison-belzatinib
meta.date: 2026-05-19
P [F1,F2] Orison Therapeutics said its heart failure drug belzatinib reduced hospitalizations by 22 percent in a study of 1,580 people.
+ [F4] Adverse events were reported in 4.1 percent of patients receiving the drug.
P [F7] "This could change how we treat heart failure," Chief Executive Robert Lin said in a statement.
+ [F6] The company expects a regulatory decision in the first half of next year.
+ [F11] Orison shares climbed 14% in New York.
P Orison has two other heart drugs in early testing.
P [F12] The drug is a once-a-day tablet.
+ Analysts at one bank estimated peak annual sales of $3 billion.

== citypaper.txt
outlet: The Halden City Paper
H [F1] Halden doctor's heart study makes waves
~ The Halden City Paper — Health
P [F5] A Halden University cardiologist took the stage in Lisbon on May 18 to present results that her colleagues called striking.
+ [F1] In the study, the Orison pill cut hospital admissions by about a fifth.
P [F8] But Dr. Miriam Kessler warned that longer follow-up is needed: "we need to see what happens after three years."
+ [F9] The drug did not reduce deaths.
+ [F11] Investors sent Orison stock up 41% on the news.
P Kessler joined Halden University in 2015 after training in Boston.
P [F10] The research was funded by the drugmaker.
~ © 2026 The Halden City Paper
