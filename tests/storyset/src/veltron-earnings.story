@domain earnings and layoffs
@date 2026-10-29

!fact F1 | Veltron reported quarterly revenue on Wednesday / Oct. 28
!fact F2 | net profit fell, by what share
!fact F3 | Veltron will cut jobs, how many
!fact F4 | the cuts' share of the workforce
!fact F5 | shares fell after the report
!fact F6 | CEO Irene Vasquez's "painful but necessary" remark
!fact F7 | the cuts fall mostly in the hardware division
!fact F8 | Veltron will close its Dunmore plant
!fact F9 | the "demand has not come back" quote
!fact F10 | restructuring charge
!fact F11 | Veltron raised its cloud revenue forecast

!conflict F2 | fall in net profit | marketline.json: 18% => 18 ; harborfin.txt: 15 percent => 15 ; bizledger.html: 18 per cent => 18
!conflict F3 | job cuts | marketline.json: 1,200 jobs => 1200 ; techpulse.html: 2,100 positions => 2100 ; harborfin.txt: 1,200 jobs => 1200
!conflict F5 | share price drop | marketline.json: 9% => 9 ; exchange.json: 11 percent => 11
!conflict F10 | restructuring charge | bizledger.html: $310 million => 310000000 ; harborfin.txt: $130 million => 130000000
!trap F1 | quarterly revenue | $4.2 billion and $4.2bn are the same amount | marketline.json: $4.2 billion ; bizledger.html: $4.2bn
!trap F1 | date of the report | Wednesday is Oct. 28 given the articles' date (Thursday Oct. 29) | marketline.json: Wednesday ; harborfin.txt: Oct. 28
!trap F4 | workforce share | the same share, hedged | marketline.json: about 8% ; bizledger.html: Roughly 8 per cent ; exchange.json: nearly a twelfth
!trap F3 | job cuts | same count as figure and in words | marketline.json: 1,200 jobs ; exchange.json: twelve hundred

!quote Q1 | marketline.json: These steps are painful but necessary => Irene Vasquez ; bizledger.html: These measures are painful but they are necessary => Irene Vasquez ; harborfin.txt: These steps are painful but necessary => Irene Vasquez
!quote Q2 | marketline.json: Demand for our hardware has not come back => Irene Vasquez ; techpulse.html: Demand for our hardware has not come back => Paul Okonkwo
!fact F12 | Vasquez became CEO in 2024
!fact F13 | dividend kept at 42 cents
!trap F12 | when Vasquez took over | two years before 2026 is 2024 | marketline.json: 2024 ; techpulse.html: two years ago
!trap F13 | dividend | 42 cents and $0.42 are the same amount | marketline.json: 42 cents ; exchange.json: $0.42

== marketline.json
outlet: Marketline
meta.outlet: Marketline
meta.title: Veltron to cut 1,200 jobs as profit slides
meta.date: 2026-10-29
meta.byline: Dana Whitfield
P [F1] Veltron Systems on Wednesday reported third-quarter revenue of $4.2 billion, roughly flat from a year earlier.
+ [F2] Net profit fell 18% to $512 million.
P [F3,F4] The company said it would eliminate 1,200 jobs, about 8% of its workforce.
+ [F7] Most of the cuts will fall in its hardware division.
+ [F9] "Demand for our hardware has not come back," Chief Executive Irene Vasquez said on a call with analysts.
P [F6] "These steps are painful but necessary," Vasquez said.
+ [F5] Veltron shares fell 9% in after-hours trading.
+ [F11] The company raised its forecast for cloud revenue for the full year.
P [F12] Vasquez became chief executive in 2024.
+ [F13] Veltron kept its quarterly dividend unchanged at 42 cents a share.
~ Advertisement
~ Marketline Premium: unlock all our markets coverage.

== bizledger.html
outlet: Business Ledger Daily
meta.title: Veltron profit drops, jobs on the line
meta.date: 2026-10-29
H [F2,F3] Veltron profit drops, jobs on the line
~ By Samir Qureshi, Business Ledger Daily
P [F1] The hardware and cloud company brought in $4.2bn in the July-to-September period.
+ [F2] Profit after tax slid 18 per cent.
P [F4] Roughly 8 per cent of staff will be let go, the company said, without putting a figure on the cuts.
+ [F10] It will book a restructuring charge of $310 million.
+ [F8] Its plant in Dunmore, Pennsylvania, will close by the end of next year.
P [F6] Irene Vasquez, the chief executive, told investors: "These measures are painful but they are necessary."
P Analysts had expected a steeper drop in hardware sales.
P The company's fiscal year ends in January.
~ Share | Save | Print

== techpulse.html
outlet: TechPulse
meta.url: https://techpulse.io/2026/10/29/veltron-layoffs
H [F3] Veltron slashes 2,100 positions in hardware retreat
P [F3,F7] Veltron is eliminating 2,100 positions, mostly in the unit that makes servers and storage gear.
+ [F9] "Demand for our hardware has not come back," finance chief Paul Okonkwo said.
+ [F8] The Dunmore factory will shut down.
P [F11] Meanwhile the cloud business is growing faster than expected, and Veltron lifted its outlook for it.
P Veltron bought the storage maker Arcline for $1.1 billion in 2022.
+ Former employees have posted their layoff notices on social media.
P [F12] Irene Vasquez, who took the top job two years ago, has promised to make Veltron a cloud company.
~ Newsletter: TechPulse Daily, free in your inbox.

== harborfin.txt
outlet: Harbor Financial News
H [F3] Veltron to shed 1,200 jobs, close plant
P [F1,F3,F8] Veltron Systems, which posted its quarterly results on Oct. 28, will shed 1,200 jobs and close a factory.
+ [F2] Quarterly net income dropped 15 percent.
+ [F10] A charge of $130 million will cover severance and the plant closure.
P [F6] "These steps are painful but necessary," chief executive Irene Vasquez said.
+ [F8] The factory, in Dunmore, employs about 600 people.
+ [F7] Most of the job losses are in hardware.
P [F12] Vasquez has led the company since 2024.
~ © 2026 Harbor Financial News
~ Related: Chip makers brace for slow winter | Cloud spending rises again

== exchange.json
outlet: The Exchange Report
meta.outlet: The Exchange Report
meta.title: Veltron stock sinks on profit warning
meta.date: 2026-10-29
P [F5] Veltron stock lost 11 percent in late trading after the company reported weaker profit.
+ [F3,F4] It plans to lay off twelve hundred workers, nearly a twelfth of its staff.
P [F11] Investors took some comfort from an upbeat outlook for cloud sales.
P Trading volume was three times the daily average.
P [F13] The payout to shareholders stays at $0.42 per share.
