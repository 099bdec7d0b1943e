@domain football: a match and a transfer
@date 2026-04-12

!fact F1 | Harbourside beat Castlegate 2-1 on Saturday / April 11
!fact F2 | Tomas Lindqvist scored the winner, in which minute
!fact F3 | Castlegate's goal by Ade Mensah
!fact F4 | attendance
!fact F5 | Castlegate's Ryan Cole sent off
!fact F6 | Harbourside's Jamie Price sent off
!fact F7 | Harbourside agreed to sign striker Luca Ferri, fee
!fact F8 | length of Ferri's contract
!fact F9 | manager Nadia Brandt's "character" remark
!fact F10 | Harbourside move to within points of the top
!fact F11 | the "best night of my life" quote

!conflict F2 | minute of the winning goal | sportsdesk.txt: 67th minute => 67 ; harbourfc.html: 68th minute => 68 ; kickoff.json: 67th minute => 67
!conflict F4 | attendance | sportsdesk.txt: 31,420 => 31420 ; kickoff.json: 34,120 => 34120
!conflict F7 | transfer fee | sportsdesk.txt: £18 million => 18000000 ; terrace.html: £16 million => 16000000 ; harbourfc.html: £18m => 18000000
!conflict F8 | contract length | sportsdesk.txt: four-year => 4y ; terrace.html: five-year => 5y
!trap F7 | transfer fee | £18 million and £18m are the same fee | sportsdesk.txt: £18 million ; harbourfc.html: £18m
!trap F1 | date and score | Saturday is April 11 given the articles' date (Sunday April 12) | sportsdesk.txt: Saturday ; kickoff.json: April 11
!trap F10 | gap to the top | "three points" and "a point more than last week" measure different things | sportsdesk.txt: three points ; northgoal.txt: a point
!trap F4 | attendance | a hedge around the same crowd | kickoff.json: 34,120 ; northgoal.txt: More than 34,000

!quote Q1 | sportsdesk.txt: This team showed real character tonight => Nadia Brandt ; harbourfc.html: The team showed real character tonight => Nadia Brandt ; kickoff.json: This team showed real character tonight => Nadia Brandt
!quote Q2 | harbourfc.html: It was the best night of my life => Tomas Lindqvist ; northgoal.txt: It was the best night of my life => Nadia Brandt
!fact F12 | Castlegate won the earlier derby 3-0
!fact F13 | Ferri to have a medical on Monday
!fact F14 | Castlegate manager Martin Hale criticised the referee
!trap F12 | earlier score | 3-0 and three-nil are the same score | sportsdesk.txt: 3-0 ; northgoal.txt: three-nil

== sportsdesk.txt
outlet: SportsDesk Wire
crlf: yes
H [F1] Lindqvist strikes late as Harbourside edge derby
~ SportsDesk Wire
~ April 12, 2026
P [F1] HARBOURSIDE (SportsDesk Wire) — Harbourside beat Castlegate 2-1 on Saturday to win the city derby.
+ [F2] Tomas Lindqvist scored the winner in the 67th minute, heading in a corner.
+ [F3] Ade Mensah had equalised for Castlegate just before half-time.
P [F5] Castlegate defender Ryan Cole was sent off for a second yellow card.
+ [F4] A crowd of 31,420 watched at Quayside Park.
+ [F10] The win moves Harbourside to within three points of the top.
P [F9] "This team showed real character tonight," manager Nadia Brandt said.
P [F7] Harbourside have also agreed a £18 million fee with Vicenza for striker Luca Ferri.
+ [F8,F13] The Italian will sign a four-year contract after a medical on Monday.
P [F12] Harbourside lost the reverse fixture 3-0 in November.
+ [F14] Castlegate manager Martin Hale criticised the referee.
~ SportsDesk Wire. All rights reserved.

== harbourfc.html
outlet: Harbour FC News
meta.outlet: Harbour FC News
meta.title: Derby delight for Harbourside
meta.date: 2026-04-12
H [F1] Derby delight: Harbourside 2 Castlegate 1
~ Buy tickets | Club shop | Membership
P [F1] Harbourside claimed derby bragging rights with a 2-1 victory over Castlegate at Quayside Park.
+ [F2] Lindqvist rose highest in the 68th minute to nod home the decisive goal.
P [F11] "It was the best night of my life," Lindqvist said after the final whistle.
+ [F9] Brandt said: "The team showed real character tonight."
P [F7] The club also confirmed a deal worth £18m for Vicenza forward Luca Ferri.
P [F13] Ferri will have a medical at the training ground on Monday.
+ Season-ticket renewals for next season open on Friday.
~fig Lindqvist celebrates his winner. Photo: Club media
~ Share on Facebook | Share on X

== kickoff.json
outlet: Kickoff Daily
meta.outlet: Kickoff Daily
meta.title: Harbourside win derby thriller
meta.date: 2026-04-12
P [F1] Harbourside won the April 11 derby against Castlegate by two goals to one.
+ [F3,F5] Castlegate, reduced to ten men when Ryan Cole was dismissed, had drawn level through Ade Mensah.
+ [F2] Tomas Lindqvist's header in the 67th minute settled it.
P [F4] The attendance of 34,120 was a season high.
+ [F9] "This team showed real character tonight," Nadia Brandt told reporters.
P [F6] Harbourside midfielder Jamie Price was also sent off in stoppage time.
P Castlegate have not won at Quayside Park since 2019.
P [F12] Castlegate had won the earlier meeting between the sides 3-0.
~ Advertisement

== terrace.html
outlet: The Terrace
meta.url: https://www.theterrace.co.uk/transfers/ferri-harbourside
H [F7] Harbourside land Ferri for £16 million
P [F7] Harbourside have struck a £16 million agreement to bring Luca Ferri from Vicenza.
+ [F8] The 24-year-old will put pen to paper on a five-year deal.
P Ferri scored 19 goals in Serie B last season.
+ His agent said several Premier League clubs had shown interest.
P [F1] The deal was announced hours after Harbourside's derby victory.
P [F13] He is due to undergo tests with the club's doctors on Monday.
~ Subscribe to The Terrace podcast

== northgoal.txt
outlet: Northgoal
H [F1] Ten men and a header: derby goes to Harbourside
~ Northgoal match report
P [F1,F5] Castlegate lost the derby after Ryan Cole's red card left them a man down.
+ [F4,F2] More than 34,000 fans saw Harbourside win it with a late header from Tomas Lindqvist.
P [F11] "It was the best night of my life," said Brandt, who was in her first derby as manager.
+ [F10] Harbourside are now a point closer to the leaders than a week ago.
+ [F6] Harbourside's Jamie Price also saw red in the final minutes.
P [F12] It was revenge for a three-nil defeat in the autumn.
+ [F14] Hale was furious with the referee's decision to dismiss Cole.
~ Support Northgoal on Patreon.
