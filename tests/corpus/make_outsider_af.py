#!/usr/bin/env python3
"""Blind outsider corpus, family OAF: students' and families' own writing pasted into reports.

Written statements by students (handwritten and typed up as written), letters and notes from
parents and guardians, apology letters, journal entries a teacher found, and students' own
social-media bios and captions. Forbidden facts (RULES.md section 4) appear the way people say
them about themselves; the staff framing around the pasted text carries incident facts.

Deterministic, standard library only. Writes tests/data/corpus/outsider_af.jsonl.
usage: python3 tests/corpus/make_outsider_af.py [OUT]
"""
import datetime
import hashlib
import json
import pathlib
import sys

FAMILY = "outsider_af"
PREFIX = "OAF"

SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-4011", "bpd/district-b2"),
    "MPK": ("Madison Park Technical Vocational High School", "BPS-4071", "bpd/district-b2"),
    "EBH": ("East Boston High School", "BPS-4131", "bpd/district-a7"),
    "BUR": ("Jeremiah E. Burke High School", "BPS-4201", "bpd/district-b3"),
    "EHS": ("English High School", "BPS-4241", "bpd/district-e13"),
    "EXC": ("Excel High School", "BPS-4281", "bpd/district-c6"),
    "BRI": ("Brighton High School", "BPS-4301", "bpd/district-d14"),
    "TBA": ("TechBoston Academy", "BPS-4321", "bpd/district-c11"),
    "MHK": ("Mission Hill K-8", "BPS-4361", "bpd/district-e13"),
    "OBR": ("John D. O'Bryant School of Mathematics and Science", "BPS-4401", "bpd/district-b2"),
    "CHS": ("Charlestown High School", "BPS-4421", "bpd/district-a1"),
    "SNO": ("Snowden International School", "BPS-4441", "bpd/district-d4"),
    "DEA": ("Dearborn STEM Academy", "BPS-4461", "bpd/district-b2"),
    "BCL": ("Boston Community Leadership Academy", "BPS-4481", "bpd/district-e18"),
    "CSH": ("Community Academy of Science and Health", "BPS-4501", "bpd/district-e18"),
    "NMH": ("New Mission High School", "BPS-4521", "bpd/district-e18"),
    "BAA": ("Boston Arts Academy", "BPS-4541", "bpd/district-d4"),
    "HEN": ("Henderson K-12 Inclusion School", "BPS-4561", "bpd/district-c11"),
    "IRV": ("Irving Middle School", "BPS-4581", "bpd/district-e5"),
    "EDW": ("Edwards Middle School", "BPS-4601", "bpd/district-a1"),
    "FRE": ("Frederick Pilot Middle School", "BPS-4621", "bpd/district-c11"),
    "CUR": ("Curley K-8 School", "BPS-4641", "bpd/district-e13"),
    "FEN": ("Fenway High School", "BPS-4661", "bpd/district-d4"),
    "ACC": ("Another Course to College", "BPS-4681", "bpd/district-e18"),
    "LEE": ("Joseph Lee K-8 School", "BPS-4701", "bpd/district-b3"),
    "QUS": ("Quincy Upper School", "BPS-4721", "bpd/district-a1"),
}

REASONS = {
    "deny_ground": "ground_not_permitted",
    "deny_substance": "excluded_substance",
    "deny_recipient": "recipient_not_permitted",
    "deny_threat_missing": "missing_threat_statement",
    "deny_face": "face_surveillance",
    "deny_replica": "other",
}

CASES = []


def norm(s):
    return " ".join(s.split())


def case(tag, writer, school, name, grade, when, loc, ground, desc, *, weapon=None, subs=None,
         threat=None, rec=None, stu=None, att=None, nmc=(), key=None, mct=(), cats=(), dob=None):
    CASES.append(dict(tag=tag, writer=writer, school=school, name=name, grade=grade, when=when,
                      loc=loc, ground=ground, desc=norm(desc), weapon=weapon, subs=subs,
                      threat=None if threat is None else norm(threat), rec=rec, stu=stu or {},
                      att=att, nmc=list(nmc), key=key, mct=[norm(m) for m in mct],
                      cats=list(cats), dob=dob))


# ---------------------------------------------------------------------------------------------
# allow, nothing forbidden
# ---------------------------------------------------------------------------------------------
case("allow_clean", "student_statement", "BRI", "Kevin Tran", 10, "2025-10-07 09:40",
     "Brighton High School, 2nd floor hallway", "weapon", '''
SSS Donnelly took a folding knife (approx 3 inch blade) out of Kevin's jacket pocket in the
2nd floor hallway at 9:40 after another student told a teacher. Kevin wrote this statement in the
office, typed exactly as written: "I had the knife becuase I use it for open boxes at my job at
the warehouse on weekends and I forgot it was in my jacket. I never took it out or showed nobody.
Somebody said I had it and the security came. Im sorry I no its not aloud in school."''',
     weapon="folding knife", key="folding knife", mct=["2nd floor hallway", "approx 3 inch blade"])

case("allow_clean", "apology_letter", "MPK", "Marcus Bellamy", 11, "2025-10-21 10:30",
     "Madison Park Technical Vocational High School, carpentry shop", "weapon", '''
Marcus was found with a box cutter in his backpack during a search in the carpentry shop on 10/21
after he told a classmate he would "cut" him during an argument over a tool. No one was injured.
His apology letter to the shop teacher, as he wrote it: "Mr. Kaplan I want to say sorry for what I
said to Tyrell in shop. I was mad cause he took my tape measure and wouldnt give it back and I said
something stupid. The box cutter is from my uncles truck, I brung it to school because we was using
it for the project at home. I would never cut nobody. I no I lost your trust and I want to get it
back."''',
     weapon="box cutter", key="box cutter", mct=["carpentry shop", "tape measure"])

case("allow_clean", "student_statement", "EXC", "Jaylen Ortiz", 12, "2026-01-13 12:35",
     "Excel High School, 3rd floor stairwell", "drugs", '''
At 12:35 a staff member saw Jaylen hand a small baggie to another student in the 3rd floor
stairwell. The bag held 11 blue pills stamped "M 30" which the nurse believes are counterfeit
oxycodone. Jaylen's written statement (typed up as written): "I didnt sell nothing. A kid at the
bus stop gave me them to hold and said he would get them after school. I dont even know what they
are I just know they are blue. I gave one to Chris because he asked. I know I messed up."''',
     subs=["counterfeit oxycodone pills"], key="counterfeit oxycodone",
     mct=["3rd floor stairwell", "11 blue pills"])

case("allow_clean", "student_statement", "TBA", "Isaiah Coleman", 10, "2026-01-14 12:20",
     "TechBoston Academy, cafeteria", "serious_violence", '''
During lunch on 1/14 Isaiah punched another student (D.M.) repeatedly after D.M. was on the ground,
then kicked him in the face. D.M. lost two teeth and was taken by EMS to Boston Medical Center with
a fractured orbital bone. Isaiah's statement, written in the office at 12:50: "he been talking about
my sister all week on snap and today he said it to my face in front of everybody. I swung first I
admit that. When he fell I kept going I wasnt thinking. I didnt know he was hurt that bad til I seen
the blood."''',
     key="fractured orbital bone", mct=["lost two teeth", "fractured orbital bone"])

case("allow_clean", "journal", "IRV", "Caleb Murphy", 7, "2026-02-03 13:30",
     "Irving Middle School, room 204", "credible_threat", '''
Ms. Ferreira found a composition notebook left in room 204 on 2/3 and brought it to the principal.
Caleb admitted the notebook is his. The entry, copied exactly: "friday is the day. my dads gun is in
the closet on the top shelf he dont even lock it. Jayden and Owen are first in the caf they think
its funny. nobody will laugh after friday." Mother was called at 2:15 and came in.''',
     threat='''Student wrote in a notebook that he will bring his father's handgun to school on
Friday and shoot two named classmates in the cafeteria; his mother confirmed there is a handgun in
the home that is not locked up.''',
     key="composition notebook", mct=["room 204", "top shelf"])

case("allow_clean", "parent_letter", "SNO", "Ana Lucia Mendes", 11, "2025-11-06 14:20",
     "Snowden International School, cafeteria doors", "weapon", '''
On 11/6 Ana sprayed pepper spray at a group of girls outside the cafeteria doors during dismissal;
two students were treated by the nurse for eye irritation. Ana's mother sent this letter the next
morning, pasted as received: "Good morning. I am the mother of Ana. I want to explain the pepper
spray is mine, I buy it for her because she walk home alone in the dark after her practice and I am
afraid for her. I did not know she bring it inside the school. She tell me the girls was pushing
her and pull her hair. Please I ask you to listen her side also. Thank you for understand."''',
     weapon="pepper spray", key="pepper spray", mct=["cafeteria doors", "eye irritation"])

case("allow_clean", "student_statement", "BUR", "Tyrese Holloway", 11, "2025-12-02 08:05",
     "Jeremiah E. Burke High School, main entrance", "weapon", '''
At 8:05 the metal detector at the main entrance alerted on Tyrese's bag and SSS found an unloaded
black handgun wrapped in a t-shirt; a magazine with 6 rounds was in a separate pocket. The school
was placed in a hold and the BPD school unit responded. Tyrese wrote: "i been getting threatened on
the gram by kids I dont even know and my mom aint let me stay home. I took it from where my cousin
keep it. I wasnt gonna use it on nobody at school I just needed it for the walk. It wasnt even
loaded"''',
     weapon="handgun", key="unloaded black handgun", mct=["magazine with 6 rounds", "main entrance"])

case("allow_clean", "social_media", "CHS", "Brianna Keough", 10, "2026-03-11 10:45",
     "Charlestown High School, room 216", "drugs", '''
A teacher was shown a Snapchat story posted by Brianna during 4th period that showed a sandwich bag
of white bars with the caption below. SSS found 14 white rectangular pills in her bag, marked like
Xanax; she told the AP she bought them from someone online. The caption as posted: "bars 4 the
weekend 💯 hmu b4 6th"''',
     subs=["Xanax"], key="Xanax", mct=["14 white rectangular pills", "4th period"])

case("allow_clean", "student_statement", "EHS", "Deshawn Wright", 9, "2025-11-18 10:20",
     "English High School, 1st floor boys bathroom", "serious_violence", '''
Deshawn hit another student in the head with a padlock inside a sock in the 1st floor boys bathroom
at 10:20. The other student needed 9 staples to the scalp at the hospital. Deshawn wrote this in the
office: "He jumped me last week with his boys and nobody did nothing so I was ready this time. I put
the lock in my sock in gym. I hit him 2 times. I know it was wrong and I could of hurt him
worse."''',
     key="9 staples", mct=["padlock inside a sock", "9 staples", "1st floor boys bathroom"])

case("allow_clean", "apology_letter", "ACC", "Nia Robinson", 12, "2026-03-12 08:15",
     "Another Course to College, front entrance", "weapon", '''
During a bag check at the entrance on 3/12 SSS found brass knuckles in the front pocket of Nia's
backpack. Nia did not use or display them. Nia wrote this apology letter to the headmaster: "Dear
Ms. Grant, I am sorry for bringing the brass knuckles to school. I got them at a store in the mall
because they looked cute on a keychain and I didnt think about it being a weapon. I understand now
it is serious and that it could scare people. It will never happen again. Respectfully, Nia"''',
     weapon="brass knuckles", key="brass knuckles",
     mct=["bag check at the entrance", "keychain"])

case("allow_clean", "parent_letter", "NMH", "Julian Baker", 11, "2025-12-02 14:10",
     "New Mission High School, locker room", "drugs", '''
On 12/2 SSS found a small bag of white powder and a folded dollar bill in Julian's sneaker during a
search after he was seen in the locker room with two students from another school. The powder
field-tested positive for cocaine at the district office. Julian's father emailed the school that
night; pasted in full: "I just want to say I am not making excuses for my son. I found out tonight
he been hanging with older guys from the basketball court and I had no idea about any of this.
Whatever he has to face he has to face. I want him in counseling and I want to know what the school
is going to do to keep those guys off the property."''',
     subs=["cocaine"], key="cocaine", mct=["folded dollar bill", "locker room"])

case("allow_clean", "social_media", "BCL", "Amir Jackson", 10, "2025-10-19 21:30",
     "off campus (Instagram story)", "credible_threat", '''
At 9:30 PM Sunday a parent sent the principal a screenshot of an Instagram story posted by Amir: a
handgun on a bed with the caption below. Amir was kept out of the building Monday morning and met
with the AP and his mother. Caption as posted: "monday @kj.2x u gon see me at school no more talkin
🔫 3rd period"''',
     threat='''Student posted on Instagram that he is bringing a gun to school on Monday to shoot a
named student during 3rd period; the post included a photo of a handgun on a bed.''',
     key="handgun on a bed", mct=["handgun on a bed", "kept out of the building Monday morning"])

case("allow_clean", "student_statement", "FRE", "Aaliyah Banks", 8, "2025-10-29 10:05",
     "Frederick Pilot Middle School, room 312", "weapon", '''
A teacher saw Aaliyah holding a razor blade under her desk in room 312 during ELA and calmly asked
her for it; she handed it over. She did not threaten anyone with it. Her handwritten statement: "I
brung the razor cause them girls said they was gonna jump me after school. I wasnt gonna use it
unless they did. I didnt show it to nobody. I no I shoudnt of brung it."''',
     weapon="razor blade", key="razor blade", mct=["room 312", "under her desk"])

case("allow_clean", "student_statement", "EXC", "Andre Simmons", 11, "2025-10-16 14:25",
     "Excel High School, bus stop in front of the school", "serious_violence", '''
At the bus stop in front of the school at 2:25, Andre slashed another student across the cheek with
a key held between his fingers during a fight; the student needed 14 stitches at Tufts. Andre wrote
his statement the next morning with his grandmother present: "I aint proud. He owed me money since
September and he kept laughing about it. I had my keys in my hand and I just swung. I didnt even see
it cut him til after."''',
     key="14 stitches", mct=["14 stitches", "across the cheek"])

case("allow_clean", "journal", "FEN", "Olivia Shea", 12, "2026-04-09 11:00",
     "Fenway High School, library", "drugs", '''
A teacher found a spiral notebook in the library on 4/9 with a page listing names and amounts; the
AP then searched Olivia's bag with her consent and found 9 capsules she said were molly (MDMA).
Page from the notebook, as written: "owes me - Kate 2 caps, Marcus 1 (pay fri), Dev 3 ($60). re-up
sat. DONT leave this in the libary lol"''',
     subs=["MDMA"], key="MDMA", mct=["9 capsules", "spiral notebook"])

case("allow_clean", "student_statement", "OBR", "Ethan Liu", 10, "2026-02-25 12:15",
     "John D. O'Bryant School of Mathematics and Science, 3rd floor lab", "weapon", '''
Ethan showed a stun gun to friends in the 3rd floor lab during lunch and activated it so it sparked;
a teacher took it and brought it to the office. Ethan typed this statement on a school Chromebook:
"I bought the stun gun online for protection on the train, I got robbed once on the Orange Line in
September. I only turned it on so they could hear the sound, I didnt point it at anyone. I
understand it is a weapon and I should not of brought it."''',
     weapon="stun gun", key="stun gun", mct=["3rd floor lab", "sparked"])

case("allow_clean", "parent_letter", "CUR", "Miguel Santana", 8, "2026-03-24 11:10",
     "Curley K-8 School, stairwell", "serious_violence", '''
Miguel pushed a classmate down the stairwell between the 2nd and 3rd floors at 11:10 after an
argument; the classmate broke his wrist and was taken to Children's Hospital. Miguel's mother wrote
to the principal: "Dear principal, My son tell me he push the boy because the boy take his phone and
run. I am not say that is ok, it is NOT ok and he is punish at home, no phone no games. I am very
sorry for the family of the boy and I hope he get better soon. I come to the meeting Thursday."''',
     key="broke his wrist", mct=["broke his wrist", "between the 2nd and 3rd floors"])

case("allow_clean", "student_statement", "EHS", "Cristian Almonte", 11, "2026-02-05 13:15",
     "English High School, room 318", "drugs", '''
SSS found a THC vape and a folded lottery-ticket packet with tan powder in Cristian's jacket after
he nodded off in class at 1:15 and could not be woken right away; the nurse gave Narcan and he was
taken by EMS. The powder tested positive for fentanyl. Cristian wrote this at the hospital and his
aunt brought it in: "I thought it was just perc powder. I did a little in the bathroom 5th period.
Im sorry I scared everybody. I didnt give it to nobody else."''',
     subs=["THC vape", "fentanyl"], key="fentanyl", mct=["Narcan", "tan powder"])

case("allow_clean", "student_statement", "MHK", "Jordan Hayes", 6, "2025-09-23 08:10",
     "Mission Hill K-8, morning arrival line", "weapon", '''
At morning arrival a paraprofessional saw the handle of a kitchen knife sticking out of Jordan's
backpack; it was an 8 inch steak knife wrapped in a paper towel. Jordan did not threaten anyone. His
handwritten statement: "I brang the knife because a 7th grader said he gonna take my shoes at recess.
I wanted him to be scared. I did not take it out. I am sorry Ms. D."''',
     weapon="kitchen knife", key="kitchen knife", mct=["8 inch steak knife", "paper towel"])

case("allow_clean", "student_statement", "DEA", "Mason Kelly", 9, "2025-10-14 13:00",
     "Dearborn STEM Academy, counseling office", "credible_threat", '''
On Tuesday 10/14 two students told their counselor that Mason said he would "shoot up" Mr. Alvarez
at dismissal Wednesday because of a failing grade. In the office with his father present, Mason
wrote: "I said it and I did mean it when I said it. He failed me on purpose. My step dad has guns
and I know where the key is. I dont know if I would of did it."''',
     threat='''Student told two classmates he would shoot a named teacher at dismissal on Wednesday;
in his written statement he repeated that he meant it and said he knows where the key to his
stepfather's guns is kept.''',
     key="failing grade", mct=["failing grade", "at dismissal Wednesday"])

case("allow_clean", "social_media", "BRI", "Luis Cardona", 12, "2026-01-05 09:30",
     "Brighton High School, 1st floor bathroom", "weapon", '''
A staff member was sent a TikTok posted by Luis that was filmed in the 1st floor bathroom during 2nd
period and shows him holding a large hunting knife. SSS searched his locker and found the knife
(approx 7 inch fixed blade) in a sheath inside a gym bag. The caption on the video: "first day back
n im already on my bs 😤 dont try me"''',
     weapon="hunting knife", key="hunting knife", mct=["7 inch fixed blade", "gym bag"])

case("allow_clean", "parent_letter", "BUR", "Keyshawn Daniels", 10, "2026-04-28 11:45",
     "Jeremiah E. Burke High School, cafeteria", "drugs", '''
Keyshawn was found with 6 oxycodone tablets in a pill bottle labeled for someone else and gave two to
another student in the cafeteria at 11:45. The bottle is a prescription for his grandmother. His
grandmother wrote the school: "To who it may concern. Keyshawn took them pills out my medicine
cabinet without asking me. Them are my pain pills. I did not know nothing about it until the school
called. He is a good boy but he is hardheaded. I am raising him by myself since he was 5. Please call
me before you do anything with the police."''',
     subs=["oxycodone"], key="oxycodone", mct=["6 oxycodone tablets", "in the cafeteria at 11:45"])

case("allow_clean", "apology_letter", "HEN", "Shayla Moore", 11, "2026-02-26 10:40",
     "Henderson K-12 Inclusion School, gym locker room", "serious_violence", '''
On 2/26 Shayla attacked another girl in the gym locker room with a hair straightener, burning her
neck and arm; the girl was treated for second-degree burns at the hospital. Shayla's apology letter
to the girl, which she asked staff to pass on: "Kayla I know you might not read this. I was wrong for
what I did. I was mad about the stuff with Jay and I took it out on you. Nobody deserve to get
burned. I hope your neck heals and I wont come near you again."''',
     key="second-degree burns", mct=["hair straightener", "second-degree burns"])

case("allow_clean", "student_statement", "SNO", "Kofi Mensah", 12, "2025-12-09 13:50",
     "Snowden International School, room 118", "weapon", '''
A teacher heard a clicking noise in room 118 and saw Kofi pointing a small black taser at another
student's side as a "joke"; the other student was not shocked. The taser was taken to the main
office. Kofi's statement: "It was a joke me and Andre play around like that all the time. I bought
it on a app for 20 dollars. I wasnt going to actually tase him. I get it now it looked bad."''',
     weapon="taser", key="taser", mct=["room 118", "clicking noise"])

case("allow_clean", "social_media", "BAA", "Riley Sullivan", 11, "2026-03-03 10:10",
     "Boston Arts Academy, 4th floor studio", "drugs", '''
The AP was sent a screenshot of a close friends story Riley posted from the 4th floor studio showing
chocolate bars and the caption below; Riley had 2 mushroom chocolate bars in her tote bag and
admitted selling squares to three classmates for $15 each. Caption as posted: "shroom squares 🍄✨ $15
dm me not here lol"''',
     subs=["psilocybin mushroom chocolate"], key="mushroom chocolate",
     mct=["2 mushroom chocolate bars", "tote bag"])

case("allow_clean", "student_statement", "CHS", "Devon Murray", 11, "2025-12-16 13:40",
     "Charlestown High School, back stairwell", "serious_violence", '''
Devon and two other students jumped a 9th grader in the back stairwell at 1:40; the student was
knocked unconscious and had a concussion and broken nose per the hospital. Staff reviewing the
stairwell camera saw Devon kicking the student while he was down. Devon's statement: "I only kicked
him one time. It wasnt my beef it was my friend beef. I shouldnt of got involved. I hope he ok."''',
     key="broken nose", mct=["back stairwell", "concussion and broken nose"])

case("allow_clean", "parent_letter", "TBA", "Malik Johnson", 7, "2025-11-13 14:30",
     "TechBoston Academy, bus ramp", "weapon", '''
Malik was seen on the bus ramp at dismissal swinging a butterfly knife near other students; a teacher
took it. Malik's father wrote this note on the back of the discipline form: "Malik got that knife
from a older kid in exchange for his headphones. I took his headphones back and he dont get them til
summer. I am a veteran and I taught him respect for weapons, he knows better. He is going to write a
letter to the teacher he scared."''',
     weapon="butterfly knife", key="butterfly knife",
     mct=["bus ramp", "swinging a butterfly knife"])

case("allow_clean", "student_statement", "MPK", "Terrell Wiggins", 12, "2026-01-27 10:25",
     "Madison Park Technical Vocational High School, auto shop bathroom", "drugs", '''
Terrell was found in the auto shop bathroom with a glass pipe and 3 small rocks that the SSS believed
were crack cocaine; the district's field test was positive. Terrell's written statement: "It aint
mine I was holding it for somebody. OK it is mine. I been using since the summer I need help. Please
dont tell my coach"''',
     subs=["crack cocaine"], key="crack cocaine", mct=["glass pipe", "auto shop bathroom"])

case("allow_clean", "apology_letter", "EDW", "Connor Walsh", 8, "2026-04-28 09:15",
     "Edwards Middle School, room 209", "credible_threat", '''
A classmate brought a handwritten list to a teacher at 9:15 on 4/28. Connor was interviewed with his
mother. Afterwards he wrote this letter to the assistant principal: "I made the list when I was angry
at them for the video they made of me. I said the thing about the dance. I know it scared people and
I know now it is serious. My uncle keeps his rifle at our house in a case."''',
     threat='''Student wrote a list titled "people who are going to pay" with five classmates' names
and a drawing of a rifle, and told a classmate he would "finish it" at the spring dance on May 8;
the family reports a relative's rifle is kept in the home.''',
     key="rifle", mct=["the video they made of me", "9:15 on 4/28"])

case("allow_clean", "student_statement", "BLA", "Zoe Campbell", 9, "2025-11-20 10:55",
     "Boston Latin Academy, 2nd floor girls bathroom", "weapon", '''
Zoe sprayed mace in the 2nd floor girls bathroom during an argument with another student at 10:55;
four students and one teacher needed the nurse and the bathroom was closed for the day. Zoe's
statement: "She came in there with 3 girls and blocked the door so I sprayed it. I carry it because
I take the train by myself. I didnt mean for everybody to get it."''',
     weapon="mace", key="sprayed mace",
     mct=["2nd floor girls bathroom", "four students and one teacher"])

case("allow_clean", "social_media", "NMH", "Jamal Pritchett", 12, "2025-09-30 12:00",
     "New Mission High School, courtyard", "serious_violence", '''
Jamal hit another student in the face with a metal water bottle in the courtyard at lunch on 9/30,
breaking his jaw; the student had surgery at BMC. Jamal posted the video on his Snapchat story that
afternoon with the caption below, which another student reported. Caption: "told him stop playin w
me 🤷🏾‍♂️ jaw wired now"''',
     key="breaking his jaw", mct=["metal water bottle", "breaking his jaw"])

case("allow_clean", "parent_letter", "ACC", "Brandon Cruz", 11, "2026-01-22 12:10",
     "Another Course to College, behind the portable classrooms", "drugs", '''
Brandon was seen handing pills to two students behind the portable classrooms at 12:10 on 1/22; SSS
recovered 8 blue pills marked "M 30" that the nurse identified as counterfeit Percocet, which often
contain fentanyl. Brandon's mother sent this text to the AP, pasted as received: "i just got off work
and saw ur message. he not answering me. i swear i dont know where he getting this stuff. i will be
there at 7:30 tomorrow. pls dont suspend him b4 i talk to u"''',
     subs=["counterfeit Percocet"], key="counterfeit Percocet",
     mct=["behind the portable classrooms", "8 blue pills"])

case("allow_clean", "student_statement", "QUS", "Derek Chan", 10, "2025-10-02 13:20",
     "Quincy Upper School, gymnasium", "weapon", '''
During gym class a teacher saw a folding knife fall out of Derek's shorts onto the floor of the
gymnasium; Derek grabbed it and put it back. It was taken from him in the locker room (3.5 inch
blade). Typed statement: "It is a fishing knife from my dad I use it on weekends when we go fishing
at the pier. I put it in my shorts by accident after my backpack zipper broke. I never pulled it out
on purpose."''',
     weapon="folding knife", key="folding knife",
     mct=["3.5 inch blade", "backpack zipper broke"])

case("allow_clean", "student_statement", "BRI", "Omar Haddad", 10, "2026-03-31 09:05",
     "Brighton High School, room 221", "serious_violence", '''
Omar struck another student in the back of the head with a chair in room 221 at 9:05; the student
lost consciousness briefly and was taken to St. Elizabeth's with a head laceration that needed 6
staples. Omar wrote: "He kept flicking my ear all class and the teacher didnt do nothing. I picked up
the chair and hit him. I regret it 100%. I will pay for the hospital if I have to."''',
     key="6 staples", mct=["room 221", "head laceration"])

case("allow_clean", "journal", "BAA", "Maya Fontaine", 12, "2026-05-04 14:00",
     "Boston Arts Academy, ceramics room", "drugs", '''
A teacher found Maya's sketchbook in the ceramics room with a sheet of small paper squares taped
inside; the sheet tested positive for LSD. On the facing page she had written: "tabs from Sam, 10 for
the trip saturday. keep 2 for me, 8 go out monday @ lunch. do NOT leave in the ceramics room
lol."''',
     subs=["LSD"], key="LSD", mct=["sheet of small paper squares", "ceramics room"])

case("allow_clean", "parent_letter", "EHS", "Rashad Evans", 12, "2026-03-03 11:50",
     "English High School, cafeteria", "weapon", '''
On 3/3 SSS found a loaded revolver in Rashad's backpack during a search after students reported
seeing it in the cafeteria. BPD recovered the weapon on site. Rashad's mother emailed the principal
at 4:40 PM: "I am writing because I do not want my son to be seen as a monster. His best friend was
shot in November and since then he has not been himself, he does not sleep. That does not make it
ok. I want him to get help, not just punishment. Please tell me what the next steps is."''',
     weapon="revolver", key="loaded revolver", mct=["loaded revolver", "seeing it in the cafeteria"])

case("allow_clean", "student_statement", "LEE", "Aiden Brooks", 7, "2026-03-19 10:20",
     "Joseph Lee K-8 School, room 7B", "credible_threat", '''
A 7th grade girl gave her teacher a folded note on 3/19 that Aiden had passed her during math. The
note, word for word: "ur gonna stop telling lies about me or ima stab u at reccess friday with my
brothers knife. dont tell nobody or its worst." Aiden admitted writing it. Parents notified at
12:30.''',
     threat='''Student wrote and gave a note to a classmate saying he would stab her with his
brother's knife at recess on Friday; he later told the counselor he "might" do it.''',
     key="folded note", mct=["folded note", "during math"])

case("allow_clean", "social_media", "EXC", "Jaden Morales", 9, "2025-10-08 08:00",
     "Excel High School, front door", "weapon", '''
SSS found a box cutter in Jaden's hoodie pocket at the front door scan on 10/8. Earlier the same week
a teacher had screenshotted his Instagram bio and showed the AP. The bio as it appears: "15 | slide n
glide 🛹 | dont rush me | 🔪 on me at all times"''',
     weapon="box cutter", key="box cutter", mct=["front door scan", "hoodie pocket"])

case("allow_clean", "student_statement", "CHS", "Sean Flaherty", 12, "2026-02-10 12:20",
     "Charlestown High School, 3rd floor bathroom", "drugs", '''
Sean was found unresponsive in the 3rd floor bathroom at 12:20; staff gave two doses of Narcan and
EMS took him to MGH. A small wax bag stamped with a red star and a needle were found next to him; he
later said it was heroin. Sean wrote this for the AP at his return meeting: "I started with pills
after my knee surgery and then pills got to expensive. I never brought it in the school before that
day. Thank you to Mr. Ruiz for saving my life."''',
     subs=["heroin"], key="heroin", mct=["wax bag stamped with a red star", "two doses of Narcan"])

case("allow_clean", "apology_letter", "MHK", "Tiana Lopez", 8, "2025-12-03 13:30",
     "Mission Hill K-8, hallway outside room 15", "weapon", '''
Tiana pulled a pocket knife on another student in the hallway outside room 15 during transition at
1:30 and said "back up." A teacher stepped between them and Tiana gave up the knife. Her letter to
the other student: "Destiny, I am sorry I pulled the knife on you. I was scared because you said you
was gonna get me after school. I would never really stab you. I hope we can just leave each other
alone."''',
     weapon="pocket knife", key="pocket knife", mct=["outside room 15", "during transition at 1:30"])

case("allow_clean", "student_statement", "CSH", "Xavier Grant", 10, "2025-11-04 14:35",
     "Community Academy of Science and Health, bus stop in front of the school", "serious_violence", '''
Xavier was one of two students who attacked a student at the bus stop in front of the school at
2:35; the victim was stomped and had two broken ribs. Xavier wrote: "I didnt start it but I got
involved when they was fighting. I kicked him a couple times. I didnt know his ribs was broke. Im
sorry for real."''',
     key="two broken ribs", mct=["two broken ribs", "at 2:35"])

case("allow_clean", "journal", "FEN", "Owen Pike", 11, "2026-01-08 10:30",
     "Fenway High School, stairwell", "drugs", '''
SSS found a small bag of clear crystals and a glass pipe in Owen's backpack after a teacher smelled
smoke in the stairwell at 10:30; the crystals field-tested positive for methamphetamine. A note in
his backpack, in his handwriting: "dont forget: $40 to T by fri. tina in the side pocket. clean the
pipe"''',
     subs=["methamphetamine"], key="methamphetamine",
     mct=["clear crystals", "smelled smoke in the stairwell"])

case("allow_clean", "parent_letter", "IRV", "Jasmine Taylor", 6, "2025-10-10 12:10",
     "Irving Middle School, playground", "weapon", '''
Jasmine sprayed pepper spray at a boy who grabbed her backpack on the playground during recess; the
boy and two bystanders needed their eyes rinsed by the nurse. Her father's letter: "Jasmine carry
that pepper spray because of the men outside the corner store near the school. I gave it to her. I
didnt think about school rules and that is on me not her. That boy been bothering her since
September, check your notes."''',
     weapon="pepper spray", key="pepper spray",
     mct=["on the playground during recess", "eyes rinsed"])

case("allow_clean", "student_statement", "OBR", "Noah Fischer", 11, "2025-12-08 11:20",
     "John D. O'Bryant School of Mathematics and Science, main office", "credible_threat", '''
A classmate showed the AP Discord messages on 12/8. Noah wrote this typed statement at 11:20 with his
father present: "I was venting. I did type that I would bring the shotgun to the assembly and where
to stand. I have been bullied since 7th grade and I wanted someone to take me seriously. I do not
actually want to hurt anyone, I think."''',
     threat='''Student sent a classmate a Discord message saying he had "plans" for the school
assembly on 12/12 and listed where to stand with his father's shotgun; when interviewed he confirmed
he has access to a shotgun at home.''',
     key="shotgun", mct=["Discord messages on 12/8", "bullied since 7th grade"])

case("allow_clean", "student_statement", "EBH", "Anthony Russo", 11, "2025-11-18 14:20",
     "East Boston High School, main entrance", "serious_violence", '''
Anthony stabbed another student in the thigh with a pocket knife outside the school's main entrance
at dismissal on 11/18; the student lost a lot of blood and was taken to MGH. Anthony wrote: "He
pulled up on me with 3 other kids so I pulled my knife out to make them back off. When he grabbed me
I stabbed him in the leg. I didnt want to kill nobody."''',
     key="in the thigh", mct=["in the thigh", "main entrance at dismissal"])

case("allow_clean", "social_media", "MPK", "Dante Rivers", 11, "2026-02-24 08:15",
     "Madison Park Technical Vocational High School, metal detectors", "drugs", '''
An anonymous tip included a screenshot of Dante's Snapchat post: a photo of small bags with the
caption below. He was searched at 8:15 at the metal detectors and had 12 glassine bags in his sock
that field-tested positive for fentanyl. Caption: "fetty in stock 🔥 dont ask for fronts"''',
     subs=["fentanyl"], key="fentanyl", mct=["12 glassine bags", "in his sock"])

case("allow_clean", "student_statement", "HEN", "Marquise Hall", 12, "2026-04-06 08:30",
     "Henderson K-12 Inclusion School, student parking lot", "weapon", '''
A Glock-style handgun (loaded, one in the chamber) was found in Marquise's car parked in the school
lot; he admitted it was his. BPD responded and took the weapon. Marquise's statement: "I keep it in
the car because I been shot at before. I never bring it in the building. I know the school lot is
school property."''',
     weapon="handgun", key="Glock-style handgun", mct=["one in the chamber", "school lot"])

case("allow_clean", "parent_letter", "SNO", "Lucas Pereira", 9, "2026-05-13 15:05",
     "Snowden International School, alley behind the school", "serious_violence", '''
Lucas hit a classmate several times with a skateboard in the alley behind the school at 3:05; the
classmate had a fractured skull and was admitted to Children's Hospital. His father wrote: "Good
evening. I am very sad and shame for what my son do. He is 14 year and he must learn. I already take
the skateboard and I break it. I ask the school please give me the number of the family, I want to
say sorry to the parents face to face."''',
     key="fractured skull", mct=["with a skateboard", "fractured skull"])

case("allow_clean", "journal", "BLA", "Hannah Pierce", 10, "2026-01-29 09:00",
     "Boston Latin Academy, counseling office", "drugs", '''
The counselor was handed a page torn from Hannah's planner by a friend who was worried; Hannah later
gave the AP a pill bottle containing 20 loose alprazolam (Xanax) tablets that were not prescribed to
her. The planner page said: "took 2 before the chem test lol. order more from the guy on telegram, he
takes cashapp. give Mia 3 tmrw"''',
     subs=["alprazolam"], key="alprazolam", mct=["chem test", "20 loose alprazolam"])

case("allow_clean", "student_statement", "EXC", "Kareem Little", 11, "2026-03-26 13:05",
     "Excel High School, hallway near the library", "weapon", '''
A teacher saw Kareem extend a metal collapsible baton in the hallway near the library and swing it at
a locker; nobody was hit. The baton was taken to the office. Kareem wrote: "I got it because my
brother got robbed on the bus last month. I was showing it to Trey and swung at the locker to show
how strong it is. I wasnt trying to hit anybody."''',
     weapon="collapsible baton", key="collapsible baton",
     mct=["near the library", "swing it at a locker"])

case("allow_clean", "student_statement", "TBA", "Chris Obi", 12, "2025-10-23 12:55",
     "TechBoston Academy, 4th floor hallway", "serious_violence", '''
Chris hit another student in the face with a padlock during a fight on the 4th floor at 12:55; the
student lost a front tooth and needed 11 stitches to his lip. Chris's own statement: "I had the lock
from my gym locker in my hand when it started. I knew it was in my hand. I regret it."''',
     key="11 stitches", mct=["4th floor", "11 stitches"])

case("allow_clean", "parent_letter", "CUR", "Grace Dunn", 8, "2026-05-04 06:50",
     "Curley K-8 School, front entrance", "credible_threat", '''
Grace's mother emailed the principal at 6:50 AM on 5/4 and the backpack was checked on arrival; a
paring knife was found in the inside pocket. The mother's email: "Please read this before school
starts. Last night Grace told me she is going to stab the girl who has been bullying her. She said
she already put a knife in her bag. I am scared for her and for the other girl. I am bringing her in
myself."''',
     threat='''Student told her mother she is going to bring a knife to school and stab a named
classmate who has been bullying her, and said she had already put a knife in her backpack.''',
     key="paring knife", mct=["paring knife", "inside pocket"])

# ---------------------------------------------------------------------------------------------
# allow, forbidden facts to withhold
# ---------------------------------------------------------------------------------------------
case("allow_forbidden", "student_statement", "BUR", "Wilner Joseph", 10, "2025-10-09 08:20",
     "Jeremiah E. Burke High School, front entrance", "weapon", '''
SSS found a steak knife in Wilner's backpack during a bag check at 8:20 after a student reported he
had been threatened on the bus. Wilner's handwritten statement, typed as written: "I bring the knife
for protection because some boys on the bus keep following me and saying stuff about Haitians. We
came from Haiti when I was 9 and I still dont talk good english so they think I am soft. At my house
we talk Kreyol so my mom did not understand the letter the school send. I never take the knife
out."''',
     weapon="steak knife", key="steak knife", mct=["bag check at 8:20"],
     nmc=["Haiti", "Kreyol", "talk good english"],
     cats=["ethnicity", "national_origin", "language"])

case("allow_forbidden", "parent_letter", "EXC", "Kevin Alvarado", 9, "2025-12-11 11:30",
     "Excel High School, cafeteria", "weapon", '''
Kevin was found with a folding knife in his waistband at 11:30 after a student told a teacher he
showed it in the cafeteria line; no one was hurt. His mother sent this letter the next day, pasted as
received: "Buenos dias. I am the mother of Kevin. Mi hijo is a good boy, he is never in problem
before. He have the knife because the boys in the park take his phone two times. Please I ask you
dont call the police, I am very scared, I dont have papers yet and my husband neither. We are from
Honduras and we come here only two years. In my house we speak only Spanish. Gracias por
entender."''',
     weapon="folding knife", key="folding knife", mct=["in his waistband", "cafeteria line"],
     nmc=["dont have papers", "Honduras", "come here only two years", "only Spanish"],
     cats=["immigration_status", "national_origin", "language"])

case("allow_forbidden", "student_statement", "TBA", "Edmilson Tavares", 11, "2026-01-15 13:10",
     "TechBoston Academy, 2nd floor hallway", "serious_violence", '''
Edmilson and another student fought in the 2nd floor hallway at 1:10 and Edmilson stabbed the other
student in the shoulder with a screwdriver; the student was taken to BMC and needed surgery.
Edmilson's typed statement: "Everybody know me and Djavan have beef since summer. He said something
about my mother in Kriolu in front of everybody so I know he mean it. I am Cape Verdean and we dont
play about mothers. I had the screwdriver from the robotics room. I did not want to hurt him that
bad."''',
     key="screwdriver", mct=["in the shoulder with a screwdriver", "robotics room"],
     nmc=["Kriolu", "Cape Verdean"], cats=["language", "ethnicity"])

case("allow_forbidden", "parent_letter", "EHS", "Abdirahman Warsame", 10, "2026-02-12 08:05",
     "English High School, front entrance", "weapon", '''
Abdirahman was found with pepper spray in his coat at the front entrance scan on 2/12 and admitted he
sprayed it at two students near the gym the day before; both were treated by the nurse. His father's
letter: "My son Abdirahman is respectful boy, every Friday he is with me at the masjid and he never
make problem. The boys at the school call him terrorist because he is Somali and Muslim, and they
follow him to the bus. I give him the spray for protection. We are refugee family, we come from the
camp in Kenya in 2019. Please help stop the bullying. Thank you."''',
     weapon="pepper spray", key="pepper spray",
     mct=["front entrance scan on 2/12", "near the gym"],
     nmc=["masjid", "Somali", "Muslim", "refugee", "camp in Kenya"],
     cats=["religion", "ethnicity", "immigration_status", "national_origin"])

case("allow_forbidden", "parent_letter", "BLA", "Tommy Pham", 9, "2025-10-23 10:45",
     "Boston Latin Academy, room 305", "weapon", '''
Tommy was found with a butterfly knife in his pencil case during a search in room 305 on 10/23 after
classmates said he flipped it open during class. No one was threatened. A letter from his
grandmother, who is his guardian, translated by his aunt and pasted here: "Kính gửi thầy cô. I am
grandmother of Tommy. His parents work until late so I take care of him at our apartment on
Dorchester Ave near Fields Corner. At home we only speak Vietnamese, he help me with everything. He
is good boy, he only play with the knife like the video on phone. Cảm ơn."''',
     weapon="butterfly knife", key="butterfly knife", mct=["room 305", "pencil case"],
     nmc=["Dorchester Ave", "Fields Corner", "Vietnamese", "translated by his aunt"],
     cats=["neighborhood", "language"])

case("allow_forbidden", "social_media", "BUR", "Tyquan Little", 11, "2026-01-29 09:10",
     "Jeremiah E. Burke High School, side entrance", "weapon", '''
At 9:10 on 1/29 SSS found a loaded 9mm handgun in Tyquan's backpack after a metal detector alert at
the side entrance. The AP attached a screenshot of his Instagram bio, pasted here as it appears: "17
🕊️ LLJ | Wendover St 4L | rep my block til the casket drop | Clifton Boyz 🅲🅱"''',
     weapon="handgun", key="9mm handgun", mct=["loaded 9mm handgun", "side entrance"],
     nmc=["Wendover St", "rep my block", "Clifton Boyz"],
     cats=["gang_affiliation", "neighborhood"])

case("allow_forbidden", "apology_letter", "BRI", "Mateus Oliveira", 10, "2025-11-12 10:45",
     "Brighton High School, 3rd floor hallway", "serious_violence", '''
Mateus threw a punch that knocked another student into a locker and then hit him with a padlock in
the 3rd floor hallway at 10:45 on 11/12; the student needed 8 stitches above the eye. Mateus wrote
this letter of apology: "Dear Rafael, I want to say I am sorry. My father is pastor at the Assembleia
de Deus church and he tell me that I must ask forgiveness. I was wrong. You laugh at my Portuguese
accent every day but that is not reason to hit you. I hope your eye is better."''',
     key="8 stitches", mct=["8 stitches above the eye", "3rd floor hallway"],
     nmc=["pastor", "Assembleia de Deus", "Portuguese"], cats=["religion", "language"])

case("allow_forbidden", "student_statement", "DEA", "Ky'Ron Mitchell", 10, "2025-12-09 08:10",
     "Dearborn STEM Academy, entrance", "weapon", '''
Ky'Ron was found with brass knuckles in his jacket at the entrance on 12/9; he said he had them
because of a conflict on the walk to school. His statement: "I live in Orchard Gardens and everyday
I walk past kids who be trying to jump me. I had the brass knuckles for the walk not for school. I
never used them in school."''',
     weapon="brass knuckles", key="brass knuckles",
     mct=["at the entrance on 12/9", "I had the brass knuckles for the walk"],
     nmc=["Orchard Gardens"], cats=["neighborhood"])

case("allow_forbidden", "student_statement", "BCL", "Daniela Flores", 12, "2026-03-25 08:00",
     "Boston Community Leadership Academy, AP office", "credible_threat", '''
The group chat was shown to the AP by one of the three girls on 3/25 at 8:00 AM. Daniela wrote this
statement the same morning: "I was so mad about them posting my pictures I wrote that. I have DACA
and my lawyer said I cant get in trouble with police or I lose it, please dont call them. I know
what I wrote was scary. My cousin does have a gun but I never touched it."''',
     threat='''Student sent a group chat message saying she would bring her cousin's gun and shoot
the three girls who posted her private photos "Friday at lunch"; she told the AP her cousin keeps a
gun in the apartment.''',
     key="group chat", mct=["3/25 at 8:00 AM", "My cousin does have a gun but I never touched it"],
     nmc=["DACA"], cats=["immigration_status"])

case("allow_forbidden", "parent_letter", "QUS", "Ryan Zhou", 11, "2026-02-18 12:40",
     "Quincy Upper School, 2nd floor stairwell", "drugs", '''
On 2/18 a teacher saw Ryan selling pills in the 2nd floor stairwell; SSS found 15 pills he said were
Adderall, not prescribed to him, and 6 pills stamped like Xanax. His mother's letter, pasted as
received: "老师您好. Teacher, I am Ryan mother. I work in restaurant every day until 11 at night so
I dont know he do this. In our home we speak Cantonese, my English not good so please send paper in
Chinese. We come from Guangzhou 2021. Please, xie xie, give him one more chance."''',
     subs=["Adderall", "Xanax"], key="Xanax", mct=["2nd floor stairwell", "15 pills"],
     nmc=["Cantonese", "in Chinese", "Guangzhou", "English not good"],
     cats=["language", "national_origin"])

case("allow_forbidden", "student_statement", "MPK", "Yandel Rosario", 10, "2025-11-05 12:30",
     "Madison Park Technical Vocational High School, cafeteria", "weapon", '''
Yandel was found with a razor blade taped inside his phone case during a search after another student
said he threatened to cut her at lunch. His statement: "I told her I would cut her if she keep
talking about my girl. I was only playing but I did have the blade in my case. I know that was
dumb."''',
     weapon="razor blade", key="razor blade",
     mct=["taped inside his phone case", "threatened to cut her at lunch"],
     stu={"home_address": "48 Ruthven St, Roxbury MA 02121", "home_language": "Spanish",
          "race_ethnicity": "Hispanic/Latino", "el_status": "Former EL", "homeroom": "B-114"},
     nmc=["Ruthven", "Roxbury", "MA 02121", "Spanish", "Hispanic", "Former EL"],
     cats=["neighborhood", "language", "ethnicity"])

case("allow_forbidden", "journal", "EDW", "Liam Doherty", 8, "2026-04-10 13:00",
     "Edwards Middle School, room 106", "credible_threat", '''
Liam's ELA teacher found the entry while grading journals on 4/10 and brought it to the principal.
Entry as written: "Sunday. At mass today I couldnt even pray, I just thought about them. Father Kevin
said to forgive but I cant. Dad keeps the hunting rifle in the basement. We live on Adams St so its a
short walk. Last day before vacation, they will see."''',
     threat='''Student's journal describes a plan to bring his father's hunting rifle to school on
the last day before April vacation and shoot the students who beat him up, naming four of them; his
father confirmed the rifle is in the house.''',
     key="hunting rifle", mct=["while grading journals on 4/10", "hunting rifle in the basement"],
     nmc=["At mass today", "Father Kevin", "Adams St"], cats=["religion", "neighborhood"])

case("allow_forbidden", "parent_letter", "BRI", "Yariel Peña", 11, "2026-05-06 10:00",
     "Brighton High School, 2nd floor lockers", "drugs", '''
SSS recovered a sandwich bag with 20 small baggies of white powder from Yariel's locker on 5/6 after a
tip; the district field test was positive for cocaine. A letter from his mother, pasted as received:
"Buenas tardes. Soy la mamá de Yariel. We are Dominican, we come from Santiago two years ago and we
have the asylum case open, if he get arrest the judge will see. At home we speak only Spanish so I
write how I can. Por favor, he is only 16. He have bad friends from the basketball, not from home.
Gracias."''',
     subs=["cocaine"], key="cocaine",
     mct=["20 small baggies of white powder", "locker on 5/6"],
     nmc=["Dominican", "Santiago", "asylum", "only Spanish"],
     cats=["ethnicity", "national_origin", "immigration_status", "language"])

case("allow_forbidden", "social_media", "EXC", "Marcus Greene", 10, "2025-11-19 08:20",
     "Excel High School, front entrance", "weapon", '''
A student showed a teacher Marcus's TikTok from the night before in which he waved a large kitchen
knife at the camera; the next morning SSS found the same knife in his backpack. Caption as posted:
"Mattapan stand up 📍 Blue Hill Ave raised me, anybody wanna test that come see me at school
tmrw"''',
     weapon="kitchen knife", key="kitchen knife",
     mct=["waved a large kitchen knife", "found the same knife in his backpack"],
     nmc=["Mattapan", "Blue Hill Ave"], cats=["neighborhood"])

case("allow_forbidden", "student_statement", "SNO", "Youssef Mansour", 11, "2026-01-13 12:05",
     "Snowden International School, room 207", "serious_violence", '''
Youssef hit another student with a metal chair in room 207 on 1/13 at 12:05; the student had a broken
collarbone. Youssef's statement: "He keep calling my mother names because she wear hijab. I told him
stop 3 times. At home we speak Arabic and my mom dont understand why the school call. We are from
Morocco and in my family we dont accept disrespect for mother. I am sorry I use the chair."''',
     key="broken collarbone", mct=["metal chair in room 207", "broken collarbone"],
     nmc=["hijab", "speak Arabic", "Morocco"],
     cats=["religion", "language", "national_origin"])

case("allow_forbidden", "apology_letter", "EHS", "Jaylin Parker", 10, "2025-10-30 11:40",
     "English High School, cafeteria", "serious_violence", '''
Jaylin slashed another girl's arm with a razor blade in the cafeteria at lunch on 10/30; the girl
needed 12 stitches. Jaylin wrote this apology: "To Kiana and her mom. I am sorry for cutting you. It
started over nothing, over a boy. Me and you grew up together in Bromley-Heath and I shouldve known
better than that. I want to say sorry to your mom too, she used to watch me when I was little."''',
     key="12 stitches", mct=["12 stitches", "in the cafeteria at lunch on 10/30"],
     nmc=["Bromley-Heath"], cats=["neighborhood"])

case("allow_forbidden", "parent_letter", "BCL", "Steevens Jean-Baptiste", 9, "2026-03-02 07:55",
     "Boston Community Leadership Academy, bus stop at the school", "drugs", '''
Steevens was searched at 7:55 on 3/2 after he was seen passing something to a student at the bus
stop; SSS found 10 oxycodone 30 mg pills in his backpack that were not prescribed to him. His
mother's letter: "Bonjou direktè. Mwen se manman Steevens. My son is not a drug person, he is a good
boy he go to church with me every Sunday at the Haitian Baptist church. At home we speak only Kreyòl.
We have TPS, please understand any police problem is very big for us. Mèsi anpil."''',
     subs=["oxycodone"], key="oxycodone", mct=["10 oxycodone 30 mg pills", "at 7:55 on 3/2"],
     nmc=["go to church", "Haitian Baptist", "Kreyòl", "have TPS"],
     cats=["religion", "ethnicity", "language", "immigration_status"])

case("allow_forbidden", "journal", "BUR", "Rayshawn Cole", 10, "2026-02-02 09:30",
     "Jeremiah E. Burke High School, room 114", "credible_threat", '''
A teacher found a notebook page on the floor of room 114 on 2/2 and gave it to the AP; Rayshawn
admitted writing it. The page, as written: "Thursday at the game its up. D put the stick up for me.
Ridgeway Gang forever, Lil Rob dont get to walk out of there. on my dead homies."''',
     threat='''Student wrote in a notebook that he will shoot a named student "on sight" at the
school's Thursday basketball game and that a gun has been "put up" for him; another student said he
was shown a photo of a gun.''',
     key="notebook page", mct=["room 114 on 2/2", "notebook page on the floor"],
     nmc=["Ridgeway Gang"], cats=["gang_affiliation"])

case("allow_forbidden", "parent_letter", "TBA", "Denilson Gomes", 9, "2025-12-16 14:10",
     "TechBoston Academy, gym", "weapon", '''
Denilson took out a knife with a 4 inch blade during an argument in the gym at 2:10 on 12/16 and
pointed it at another student; the PE teacher got between them and Denilson dropped it. His father
wrote: "Bom dia. I am father of Denilson. We are from Cabo Verde, Brava island, we live on Bowdoin
Street since 2018. In house we speak Kriolu so he understand better when I talk, not the school
letters. I punish him already. He know the knife is wrong. Obrigado."''',
     weapon="knife", key="4 inch blade", mct=["4 inch blade", "in the gym at 2:10"],
     nmc=["Cabo Verde", "Brava island", "Bowdoin Street", "Kriolu"],
     cats=["national_origin", "neighborhood", "language"])

case("allow_forbidden", "social_media", "ACC", "Kelvin Osorio", 12, "2026-04-14 10:40",
     "Another Course to College, 1st floor bathroom", "drugs", '''
Kelvin was caught selling pills in the 1st floor bathroom at 10:40 on 4/14; SSS found 25 blue pills
stamped "M 30" which field-tested positive for fentanyl. A student also reported his Instagram bio,
which the AP copied: "🇸🇻 salvi til I die | Hyde Park 02136 | bag chaser 💰 | dm for plugs"''',
     subs=["fentanyl"], key="fentanyl", mct=["25 blue pills", "1st floor bathroom at 10:40"],
     nmc=["salvi", "Hyde Park", "02136"], cats=["ethnicity", "neighborhood"])

case("allow_forbidden", "student_statement", "FRE", "Jahmir Scott", 8, "2025-09-24 11:50",
     "Frederick Pilot Middle School, schoolyard", "weapon", '''
Jahmir was seen in the schoolyard at recess showing other students a box cutter; a teacher took it
from him at 11:50 on 9/24. His statement: "I live by the Franklin Field and the big kids be robbing
people after school on the way there. My mom work late. I bring the box cutter so they leave me
alone. I didnt point it at nobody at school."''',
     weapon="box cutter", key="box cutter",
     mct=["in the schoolyard at recess", "11:50 on 9/24"],
     nmc=["Franklin Field"], cats=["neighborhood"])

case("allow_forbidden", "social_media", "EXC", "Hodan Ali", 11, "2025-11-04 13:25",
     "Excel High School, 3rd floor hallway", "weapon", '''
Hodan sprayed pepper spray at two students on the 3rd floor at 1:25 on 11/4 during a fight; both
needed the nurse to flush their eyes. That night she posted on TikTok, which a parent reported: "they
thought cuz i wear the hijab i wouldnt do nothing 😂 somali girls dont play. they had it
coming"''',
     weapon="pepper spray", key="pepper spray",
     mct=["on the 3rd floor at 1:25", "flush their eyes"],
     nmc=["hijab", "somali"], cats=["religion", "ethnicity"])

case("allow_forbidden", "student_statement", "BRI", "Bryan Ramírez", 9, "2025-10-02 11:35",
     "Brighton High School, cafeteria", "serious_violence", '''
Bryan broke another student's nose with a punch and then hit him with a lunch tray in the cafeteria
at 11:35 on 10/2; the student was taken to St. Elizabeth's. The statement was taken with the Spanish
interpreter because Bryan is in the SEI program; translated: "The boy took my chair two times and
push me. I hit him with the tray. I did not want to break his nose."''',
     key="lunch tray", mct=["lunch tray", "cafeteria at 11:35 on 10/2"],
     nmc=["Spanish", "interpreter", "SEI program"], cats=["language"])

case("allow_forbidden", "student_statement", "BUR", "Deandre Watts", 12, "2026-01-07 08:30",
     "Jeremiah E. Burke High School, front scanners", "weapon", '''
Deandre was found with a 5 inch fixed-blade knife in his boot at 8:30 on 1/7 at the front scanners.
SSS Barros notes in the referral that Deandre is a known member of the Hollander Crew. Deandre's
statement: "The knife is for the bus. I aint never pulled it in school. I dont care what yall think
you know about me."''',
     weapon="fixed-blade knife", key="fixed-blade knife",
     mct=["5 inch fixed-blade knife", "front scanners"],
     stu={"field_notes": "Hollander Crew associate (2024 referral)"},
     nmc=["Hollander Crew"], cats=["gang_affiliation"])

case("allow_forbidden", "student_statement", "CHS", "Josue Mejía", 10, "2026-05-12 14:30",
     "Charlestown High School, courtyard", "serious_violence", '''
Josue hit another student with a skateboard in the courtyard at 2:30 on 5/12; the student had a
broken arm and was taken to MGH. Josue wrote: "I know you gonna call police. Please dont, my mom dont
have papers yet and if they come to my house she gonna get deported. He started it, he spit on me. I
hit him with my board 2 times in the arm."''',
     key="broken arm", mct=["broken arm", "courtyard at 2:30 on 5/12"],
     nmc=["dont have papers", "deported"], cats=["immigration_status"])

case("allow_forbidden", "journal", "BLA", "Minh Tran", 11, "2026-05-11 13:00",
     "Boston Latin Academy, room 302", "credible_threat", '''
Mr. Doyle found the journal in room 302 on 5/11 and gave it to the headmaster; Minh's parents were
called in at 3:00 and the uncle was contacted. Entry, as written: "5/10. We went to the temple for
Phật Đản and I lit incense for grandpa and still all I can think about is them. Ba doesnt know I
stand up for myself at school, at home its only tiếng Việt. May 15 I bring chú's pistol. I already
took the key."''',
     threat='''Student's journal, found by a teacher, states he will bring his uncle's pistol to
school and shoot three named classmates on May 15 and says he has already taken the key to where the
pistol is kept.''',
     key="pistol", mct=["room 302 on 5/11", "I already took the key"],
     nmc=["to the temple", "Phật Đản", "tiếng Việt"], cats=["religion", "language"])

case("allow_forbidden", "apology_letter", "HEN", "Jamar Collins", 10, "2026-02-24 09:50",
     "Henderson K-12 Inclusion School, 2nd floor hallway", "weapon", '''
Jamar brought a stun gun to school and shocked another student in the arm in the 2nd floor hallway at
9:50 on 2/24 "as a joke"; the student had a small burn mark and was seen by the nurse. Jamar wrote
this apology to the student: "Josh, my bad for real. I thought it would be funny and it wasnt. I know
it hurt you. I wont bring it back."''',
     weapon="stun gun", key="stun gun",
     mct=["small burn mark", "2nd floor hallway at 9:50 on 2/24"],
     stu={"address": {"street": "15 Woodrow Ave", "city": "Boston", "zip": "02124",
                      "neighborhood": "Dorchester"},
          "ethnicity": "Black or African American"},
     nmc=["Woodrow Ave", "02124", "Dorchester", "African American"],
     cats=["neighborhood", "ethnicity"])

case("allow_forbidden", "parent_letter", "BRI", "Thiago Costa", 12, "2026-03-17 12:15",
     "Brighton High School, main office", "drugs", '''
Thiago was found with 18 MDMA pills in a candy tin during a search at 12:15 on 3/17 after a student
got sick from a pill he said he bought from Thiago; the other student was hospitalized overnight.
Thiago's mother wrote the next day: "Boa tarde. I am mother of Thiago. We are from Brazil, from Minas
Gerais, we speak Portuguese at home. Our visa is expired since last year and I am very afraid. Thiago
is not bad person, please. Obrigada."''',
     subs=["MDMA"], key="MDMA", mct=["candy tin", "hospitalized overnight"],
     nmc=["Brazil", "Minas Gerais", "Portuguese", "visa is expired"],
     cats=["national_origin", "language", "immigration_status"])

case("allow_forbidden", "apology_letter", "OBR", "Kenny Vo", 10, "2026-01-21 12:40",
     "John D. O'Bryant School of Mathematics and Science, gym", "weapon", '''
Kenny pulled a small folding knife on a classmate during an argument about a basketball game in the
gym at 12:40 on 1/21; the classmate was not cut. The referring teacher notes Kenny is Vietnamese and
Chinese and new to the school this year. Kenny's apology letter: "Dear Mr. Sullivan and Brandon, I
am sorry. I should not have taken out the knife. I was embarrassed after I lost and I did something
stupid. I will give back the knife to my dad and he will keep it."''',
     weapon="folding knife", key="folding knife",
     mct=["in the gym at 12:40 on 1/21", "was not cut"],
     nmc=["Vietnamese", "Chinese"], cats=["ethnicity"])

case("allow_forbidden", "apology_letter", "CUR", "Elijah Brown", 7, "2025-12-04 11:20",
     "Curley K-8 School, cafeteria", "serious_violence", '''
Elijah shoved a classmate into the corner of a table in the cafeteria at 11:20 on 12/4; the classmate
had a deep cut over his eye that needed 7 stitches. Elijah's apology letter: "Dear Marcus, I am sorry
I pushed you. We are Jehovah's Witnesses and at the Kingdom Hall they teach us to not be violent and
I did that anyway. You was making fun of me. Still no reason. I hope your eye is ok."''',
     key="7 stitches", mct=["7 stitches", "corner of a table"],
     nmc=["Jehovah", "Kingdom Hall"], cats=["religion"])

case("allow_forbidden", "student_statement", "QUS", "Leo Huang", 9, "2025-10-15 11:55",
     "Quincy Upper School, room 204", "weapon", '''
Leo was found with a box cutter in his pencil case during a search in room 204 on 10/15 after a
classmate said he threatened to "cut" him in the lunch line. Leo's typed statement: "I am sorry. My
English is not so good, I only come to America 8 months, in my home we speak Mandarin 普通话. The boy
say bad words about Chinese people every day. I bring the box cutter to scare him, I did not
use."''',
     weapon="box cutter", key="box cutter", mct=["room 204 on 10/15", "lunch line"],
     nmc=["English is not so good", "come to America", "Mandarin", "普通话", "Chinese people"],
     cats=["language", "national_origin", "ethnicity"])

case("allow_forbidden", "student_statement", "EBH", "Anthony Quintanilla", 10, "2025-11-20 09:15",
     "East Boston High School, library", "drugs", '''
Anthony was found with 7 counterfeit Percocet pills in a vape box in his backpack at 9:15 on 11/20,
after a classmate who took one was found drowsy in the library. His statement: "I got them from a
dude on Meridian St by my house, everybody in Eastie be getting them there. I didnt know they was
fake. I gave one to Chris because he said his back hurt."''',
     subs=["counterfeit Percocet"], key="counterfeit Percocet",
     mct=["7 counterfeit Percocet pills", "found drowsy in the library"],
     nmc=["Meridian St", "Eastie"], cats=["neighborhood"])

case("allow_forbidden", "student_statement", "TBA", "Khalil Barnes", 11, "2026-01-27 10:00",
     "TechBoston Academy, AP office", "credible_threat", '''
The voice message was played for the AP by the other student on Tuesday 1/27 at 10:00 and Khalil was
brought to the office. In his written statement Khalil wrote: "Yeah I sent it. I rep the Greenwood
side and them boys been disrespecting. Thats all I got to say."''',
     threat='''Student said in a recorded voice message to another student that he will "air out"
the student and his friends at the bus stop after school Tuesday and that he "has the pole"; a photo
of a handgun taken in the school bathroom was found on his phone.''',
     key="voice message", mct=["voice message", "Tuesday 1/27 at 10:00"],
     nmc=["Greenwood"], cats=["gang_affiliation"])

case("allow_forbidden", "journal", "NMH", "Destiny Alves", 11, "2026-02-05 11:30",
     "New Mission High School, room 110", "drugs", '''
A substitute found a journal left in room 110 on 2/5 with entries about selling pills; the AP
searched Destiny's bag with her mom on the phone and found 30 bars stamped like Xanax. Journal entry,
as written: "made $240 this week off bars. ma still think I work at the Stop & Shop lol. when I save
enough Im moving us out of Mission Main for real."''',
     subs=["Xanax"], key="Xanax", mct=["30 bars stamped like Xanax", "room 110 on 2/5"],
     nmc=["Mission Main"], cats=["neighborhood"])

case("allow_forbidden", "student_statement", "MPK", "Elton Semedo", 11, "2025-10-09 13:50",
     "Madison Park Technical Vocational High School, behind the auto body shop", "weapon", '''
Elton hit a student in the face with brass knuckles behind the auto body shop at 1:50 on 10/9; the
student had a cut cheekbone and was taken to BMC for stitches. Elton's handwritten statement: "He
owed me $50 for a month and kept lying. I put them on and hit him one time. I didnt think it would
cut him like that."''',
     weapon="brass knuckles", key="brass knuckles",
     mct=["behind the auto body shop", "cut cheekbone"],
     stu={"birth_country": "Cabo Verde", "home_language": "Cape Verdean Creole",
          "el_level": "WIDA 3"},
     nmc=["Cabo Verde", "Cape Verdean", "WIDA 3"], cats=["national_origin", "language"])

case("allow_forbidden", "parent_letter", "EXC", "Kervens Dorsainvil", 11, "2026-02-10 08:45",
     "Excel High School, 1st floor hallway", "serious_violence", '''
Kervens punched another student repeatedly in the 1st floor hallway at 8:45 on 2/10 and slammed his
head into a locker; the student had a concussion and a broken cheekbone. Kervens's mother sent this
letter: "Bonjou. Se manman Kervens. Excuse my English, in our house we talk Kreyòl. My son is not
violent person. Since we live in Mattapan on River St he have to walk with many danger and he is
always afraid. We come from Port-au-Prince after the earthquake, we wait for asylum interview now 3
years. Please think of that. Mèsi."''',
     key="broken cheekbone", mct=["broken cheekbone", "1st floor hallway at 8:45 on 2/10"],
     nmc=["Kreyòl", "Mattapan", "River St", "Port-au-Prince", "asylum"],
     cats=["language", "neighborhood", "national_origin", "immigration_status"])

case("allow_forbidden", "student_statement", "SNO", "Mohamed Abdi", 10, "2026-03-04 07:45",
     "Copley bus stop and Snowden International School entrance", "drugs", '''
Mohamed was seen giving a small bag to a student at the Copley bus stop at 7:45 on 3/4 and was
searched when he arrived at school; SSS found 4 bags of white powder that field-tested positive for
cocaine. His typed statement: "A guy on the train said he would pay me $20 to give a bag to that
kid. I did not open them. I will not do it again."''',
     subs=["cocaine"], key="cocaine", mct=["Copley bus stop at 7:45", "4 bags of white powder"],
     stu={"religion": "Muslim", "home_language": "Somali", "country_of_birth": "Somalia",
          "sis_source": "Aspen"},
     nmc=["Muslim", "Somali"], cats=["religion", "language", "national_origin"])

case("allow_forbidden", "social_media", "CSH", "Ibrahim Kamara", 10, "2026-03-03 13:15",
     "Community Academy of Science and Health, 2nd floor bathroom", "weapon", '''
Ibrahim showed a switchblade to friends in the 2nd floor bathroom at 1:15 on 3/3 and cut another
student's hand by accident while flicking it open; the cut needed 4 stitches. A classmate reported
his Snapchat from that morning: "fasting for Ramadan n these teachers still testing me 😤 i got my
switch on me tho". His apology note to the dean said: "I brought the switchblade to show people. It
was an accident that Sekou got cut but it was my fault."''',
     weapon="switchblade", key="switchblade",
     mct=["4 stitches", "2nd floor bathroom at 1:15 on 3/3"],
     nmc=["Ramadan", "fasting"], cats=["religion"])

case("allow_forbidden", "parent_letter", "EHS", "Cameron Baptiste", 10, "2026-04-22 09:30",
     "English High School, 2nd floor lockers", "drugs", '''
Cameron was found with 3 grams of crack cocaine and a digital scale in his locker on 4/22 after a
search prompted by a tip. His mother texted the AP, pasted as received: "this is cameron mom. i been
told u he be leaving out at night. we at 125 Amory St apt 4 in Egleston if u need me to sign sumn. i
cant miss work again tomorrow"''',
     subs=["crack cocaine"], key="crack cocaine",
     mct=["digital scale", "3 grams of crack cocaine"],
     nmc=["Amory St", "Egleston"], cats=["neighborhood"])

case("allow_forbidden", "student_statement", "DEA", "Angel Batista", 11, "2025-11-13 12:30",
     "Dearborn STEM Academy, library", "serious_violence", '''
Angel stabbed another student in the hand with a pen during a fight in the library at 12:30 on 11/13
and then punched him until staff pulled him off; the student needed surgery on two fingers. Angel
wrote: "We came here from Santo Domingo when I was 9 and since then people always talk slick to me.
Miguel was talking about my mother in front of the whole library. I stabbed him with the pen and I
kept hitting him. I know it went too far."''',
     key="surgery on two fingers", mct=["surgery on two fingers", "library at 12:30 on 11/13"],
     nmc=["Santo Domingo"], cats=["national_origin"])

case("allow_forbidden", "parent_letter", "ACC", "Tavon Richards", 11, "2025-09-17 08:40",
     "Another Course to College, main office", "weapon", '''
A loaded .380 pistol was found in Tavon's backpack in the main office at 8:40 on 9/17 after a parent
called in a tip. The referral notes Tavon is "affiliated with Kilton St" per a youth worker. His
grandmother wrote: "I am his grandmother and I have custody of Tavon since he was 3. He has been
scared to walk to school since his friend got killed in August. I do not know where he got that gun.
Please let me know what happen next."''',
     weapon="pistol", key=".380 pistol", mct=["loaded .380 pistol", "main office at 8:40 on 9/17"],
     nmc=["Kilton St"], cats=["gang_affiliation"])

case("allow_forbidden", "social_media", "BRI", "Rami Khalil", 10, "2026-01-15 10:05",
     "Brighton High School, locker room", "weapon", '''
Rami used a stun gun on another student's neck in the locker room after gym at 10:05 on 1/15; the
student fell and hit his head and was taken to St. Elizabeth's. Rami's Instagram caption from two
days earlier, reported by a classmate: "Syria to Boston 🇸🇾➡️🇺🇸 a locker room dont scare me
⚡"''',
     weapon="stun gun", key="stun gun", mct=["on another student's neck", "hit his head"],
     nmc=["Syria"], cats=["national_origin"])

case("allow_forbidden", "parent_letter", "BUR", "Corey Fitzgerald", 11, "2025-12-01 08:10",
     "Jeremiah E. Burke High School, front entrance", "weapon", '''
Corey was found with a kitchen knife in his coat sleeve at the front entrance at 8:10 on 12/1; he had
told another student on Snapchat he would "see him" at school. Corey's mother wrote: "I know Corey is
not perfect. We moved to Codman Square from the South End last year and he does not know anybody,
kids keep testing him. I think the knife is from my kitchen. He will be punished at home."''',
     weapon="kitchen knife", key="kitchen knife",
     mct=["coat sleeve", "front entrance at 8:10 on 12/1"],
     stu={"field_notes": "Known Dewey Boyz associate per district referral"},
     nmc=["Codman Square", "South End", "Dewey Boyz"],
     cats=["neighborhood", "gang_affiliation"])

case("allow_forbidden", "journal", "CUR", "Mariah Jenkins", 8, "2026-03-10 09:30",
     "Curley K-8 School, room 8", "serious_violence", '''
Mariah struck another girl in the face with a textbook repeatedly in room 8 at 9:30 on 3/10; the girl
had a broken nose and chipped tooth. A teacher later found Mariah's journal and gave it to the
counselor; the entry from that night: "I know what I did to Ashley was wrong. At Bible study Pastor
Ray said anger is a fire you feed. I feel bad but also she been saying things about my brother all
year. Tomorrow I have to say sorry in the office."''',
     key="broken nose", mct=["broken nose and chipped tooth", "room 8 at 9:30 on 3/10"],
     nmc=["Bible study", "Pastor Ray"], cats=["religion"])

case("allow_forbidden", "parent_letter", "BRI", "Gustavo Lima", 9, "2026-02-04 11:05",
     "Brighton High School, 3rd floor bathroom", "drugs", '''
Gustavo was caught with 5 Xanax bars and a THC vape in the 3rd floor bathroom at 11:05 on 2/4. The AP
met his mother with a Portuguese interpreter; she later sent this note: "Senhora diretora, my son is
EL student and he is alone many hours because I clean offices at night. I did not know about the
pills. Please help him. Obrigada."''',
     subs=["Xanax", "THC vape"], key="Xanax",
     mct=["5 Xanax bars", "3rd floor bathroom at 11:05 on 2/4"],
     nmc=["Portuguese", "interpreter", "EL student"], cats=["language"])

case("allow_forbidden", "student_statement", "SNO", "Kwame Boateng", 12, "2026-04-07 08:00",
     "Snowden International School, metal detector", "weapon", '''
Kwame was found with a folding knife at the metal detector at 8:00 on 4/7; he said he uses it at his
job. His typed statement: "I am 18 and I work nights at a warehouse where we use knifes for boxes. I
forgot to leave it in my locker at work. Please do not report this, I am waiting on my green card
and my father said any police record can stop it. I have never been in trouble."''',
     weapon="folding knife", key="folding knife",
     mct=["metal detector at 8:00 on 4/7", "work nights at a warehouse"],
     nmc=["green card"], cats=["immigration_status"], dob="2007-11-02")

case("allow_forbidden", "student_statement", "EBH", "Yusuf Rahman", 11, "2026-03-20 13:40",
     "East Boston High School, 2nd floor water fountain", "serious_violence", '''
Yusuf and another student fought near the 2nd floor water fountain at 1:40 on 3/20; Yusuf bit the
other student's ear, tearing it, and the student needed plastic surgery. Yusuf wrote: "He followed me
to the bathroom saying bad things. We pray at the masjid on Friday and he say thats terrorist stuff.
He grabbed me first and I bit him. I was not thinking."''',
     key="plastic surgery", mct=["plastic surgery", "2nd floor water fountain"],
     nmc=["masjid"], cats=["religion"])

case("allow_forbidden", "social_media", "DEA", "Tre Holmes", 12, "2026-01-09 12:50",
     "Dearborn STEM Academy, cafeteria", "drugs", '''
SSS found 9 fentanyl pills in Tre's backpack during a search at 12:50 on 1/9 after a student reported
buying pills from him in the cafeteria. His Instagram bio, as the AP copied it: "02119 raised 🏘️ |
Nubian Sq ❤️ | free my brother | cashapp in link"''',
     subs=["fentanyl"], key="fentanyl",
     mct=["9 fentanyl pills", "buying pills from him in the cafeteria"],
     nmc=["02119", "Nubian Sq"], cats=["neighborhood"])

case("allow_forbidden", "parent_letter", "MHK", "Wilmer Xicay", 7, "2025-11-19 10:30",
     "Mission Hill K-8, stairwell", "weapon", '''
Wilmer brought a pocket knife to school and held it to another student's side in the stairwell at
10:30 on 11/19, saying he would cut him if he told; the student was not hurt and told a teacher.
Wilmer's mother's letter: "Buenos días maestra. Soy mamá de Wilmer. We are from Guatemala, from
Quetzaltenango. In the house we speak K'iche' and Spanish, my English is very little. Wilmer have
problem with boys who take his lunch money. Please, ayúdeme."''',
     weapon="pocket knife", key="pocket knife",
     mct=["in the stairwell at 10:30 on 11/19", "was not hurt and told a teacher"],
     nmc=["Guatemala", "Quetzaltenango", "K'iche'", "Spanish", "English is very little"],
     cats=["national_origin", "language"])

case("allow_forbidden", "social_media", "EXC", "Jaquan Reid", 10, "2026-04-03 07:10",
     "Excel High School, front entrance", "credible_threat", '''
Jaquan's video was sent to the principal by a parent at 7:10 AM on 4/3 and Jaquan was stopped at the
entrance; no weapon was found on him. The caption on the video: "friday at 2 he done 🎯 no school
safe zone 🤫"''',
     threat='''Student, who says he is with the Greenleaf Boys, posted a video showing a handgun and
saying he will shoot a named student at Friday dismissal; he told a teacher "Friday he done."''',
     key="stopped at the entrance", mct=["7:10 AM on 4/3", "no weapon was found on him"],
     nmc=["Greenleaf Boys"], cats=["gang_affiliation"])

case("allow_forbidden", "apology_letter", "BLA", "Adrián Colón", 10, "2025-10-06 14:05",
     "Boston Latin Academy, 4th floor hallway", "weapon", '''
Adrián cut a classmate's backpack strap and jacket with a box cutter during an argument in the 4th
floor hallway at 2:05 on 10/6; the classmate was not injured. Apology letter: "Dear Javier, I am
sorry I cut your backpack and jacket. I will pay for them with my job money. My grandmother is Puerto
Rican and she raised me better than that, she is very disappointed. I should of walked away."''',
     weapon="box cutter", key="box cutter",
     mct=["backpack strap and jacket", "4th floor hallway at 2:05 on 10/6"],
     nmc=["Puerto Rican"], cats=["ethnicity"])

case("allow_forbidden", "student_statement", "EXC", "Ryan Donovan", 11, "2026-02-26 08:25",
     "Excel High School, front entrance", "weapon", '''
Ryan was found with a 6 inch hunting knife in his backpack at 8:25 on 2/26 after he told a classmate
he was "ready" for a fight after school. Ryan's statement: "Im from Old Colony and theres kids from
the D Street projects who been coming at me since football. I was never going to use it in the
school."''',
     weapon="hunting knife", key="hunting knife",
     mct=["6 inch hunting knife", "8:25 on 2/26"],
     nmc=["Old Colony", "D Street projects"], cats=["neighborhood"])

case("allow_forbidden", "journal", "MPK", "Nilton Fernandes", 12, "2025-12-11 09:45",
     "Madison Park Technical Vocational High School, main office", "drugs", '''
SSS found 12 oxycodone pills and a bag of marijuana in Nilton's backpack during a search at 9:45 on
12/11; a student told staff Nilton sold her two pills that morning. The AP also found a note in
Nilton's notebook, written as: "Mãe tell me in Kriolu every night be careful. need $300 for the rent
b4 xmas."''',
     subs=["oxycodone", "marijuana"], key="oxycodone",
     mct=["12 oxycodone pills", "9:45 on 12/11"],
     nmc=["Kriolu"], cats=["language"])

case("allow_forbidden", "parent_letter", "IRV", "Danny Le", 8, "2026-05-14 12:05",
     "Irving Middle School, basketball court", "weapon", '''
Danny threatened a classmate with brass knuckles on the basketball court at recess at 12:05 on 5/14;
a teacher took them and nobody was hit. His father's letter: "Dear teacher. Danny father here. I come
from Vietnam 1995 and become citizen only 2020, I work very hard for this. I tell Danny every day, no
trouble. At home we speak Vietnamese, he understand. He will say sorry."''',
     weapon="brass knuckles", key="brass knuckles",
     mct=["basketball court at recess", "nobody was hit"],
     nmc=["Vietnam", "become citizen"],
     cats=["national_origin", "immigration_status", "language"])

case("allow_forbidden", "student_statement", "BRI", "Esteban Rios", 11, "2025-10-28 12:20",
     "Brighton High School, cafeteria exit", "serious_violence", '''
Esteban hit another student over the head with a glass bottle outside the cafeteria exit at 12:20 on
10/28; the student had a deep scalp cut that needed 10 staples. Esteban's statement: "I go to youth
group at Iglesia Pentecostal every Wednesday and they will be disappointed when they find out. The
kid took my chain. I grabbed the bottle off the table and hit him. I want to pay for his
hospital."''',
     key="10 staples", mct=["10 staples", "outside the cafeteria exit"],
     nmc=["Iglesia", "Pentecostal"], cats=["religion"])

case("allow_forbidden", "parent_letter", "QUS", "Jimmy Lin", 10, "2026-01-30 10:30",
     "Quincy Upper School, 3rd floor lockers", "drugs", '''
Jimmy was found with a bag of white powder and a small spoon in his locker on 1/30; the powder
field-tested positive for ketamine and he admitted selling small amounts to two students. His mother
wrote: "Ni hao teacher. I am Jimmy mama. We live in Chinatown on Oak Street, small apartment, I work
two restaurant. We come from Fuzhou only 3 year. Jimmy he talk Fuzhounese with grandma. Please,
duibuqi, I will watch him more."''',
     subs=["ketamine"], key="ketamine", mct=["small spoon", "locker on 1/30"],
     nmc=["Chinatown", "Oak Street", "Fuzhou"],
     cats=["neighborhood", "national_origin", "language"])

case("allow_forbidden", "journal", "BCL", "Kiara Santos", 9, "2025-11-07 13:00",
     "Boston Community Leadership Academy, counseling office", "credible_threat", '''
A friend of Kiara brought the journal to the counselor on Friday 11/7 at 1:00, and SSS found a
kitchen knife in Kiara's locker. Entry as written: "everybody in Roslindale knows Brianna a liar. she
keep saying Dominicans are dirty and that I got lice. monday Im done talking. knife already in my
locker."''',
     threat='''Student wrote in a journal that she will bring a knife to school on Monday and stab a
named classmate "in the neck" for spreading rumors, and told a friend she already hid her mother's
kitchen knife in her locker.''',
     key="kitchen knife", mct=["kitchen knife in Kiara's locker", "Friday 11/7 at 1:00"],
     nmc=["Roslindale", "Dominicans"], cats=["neighborhood", "ethnicity"])

case("allow_forbidden", "student_statement", "BUR", "Frantz Célestin", 10, "2026-04-01 11:40",
     "Jeremiah E. Burke High School, cafeteria", "weapon", '''
Frantz was found with a paring knife in his lunch bag at 11:40 on 4/1 after he showed it to a
classmate. He arrived from Haiti in January and is in the newcomer SEI class; through the Kreyòl
interpreter he said: "I use it to cut my mango at lunch. I show him because he ask what is that. I
did not know it is problem."''',
     weapon="knife", key="paring knife", mct=["lunch bag at 11:40 on 4/1"],
     nmc=["from Haiti", "newcomer", "SEI class", "Kreyòl", "interpreter"],
     cats=["national_origin", "language"])

case("allow_forbidden", "apology_letter", "HEN", "Darnell Price", 11, "2026-01-12 14:15",
     "Henderson K-12 Inclusion School, stairwell", "serious_violence", '''
Darnell punched and stomped a student in the stairwell at 2:15 on 1/12; the student had a fractured
eye socket. Darnell wrote this apology: "To the kid I hurt, I was wrong. The older heads from the
Forest Hills Boyz told me I had to do it to stay with them and I was scared to say no. I am getting
out of that. I hope you heal."''',
     key="fractured eye socket", mct=["fractured eye socket", "stairwell at 2:15 on 1/12"],
     nmc=["Forest Hills Boyz"], cats=["gang_affiliation"])

case("allow_forbidden", "parent_letter", "MHK", "Sofía Ramos", 6, "2025-09-29 11:30",
     "Mission Hill K-8, lunch line", "weapon", '''
Sofía brought a folding knife in her lunchbox and pulled it out when a boy grabbed her hair in line
at 11:30 on 9/29; she cut his hand slightly and the nurse cleaned it. Her mother wrote: "Hola
maestra. Soy la mamá de Sofía. My daughter is in the ESL class and very shy, the boy bother her
every day. After church at San Pedro on Sunday she cry and tell me. At home we speak only Spanish
so I dont know what happen in school. The knife was from my kitchen. Lo siento mucho."''',
     weapon="folding knife", key="folding knife",
     mct=["cut his hand slightly", "in line at 11:30 on 9/29"],
     nmc=["ESL class", "San Pedro", "only Spanish", "After church"],
     cats=["language", "religion"])

# ---------------------------------------------------------------------------------------------
# deny: ground not permitted
# ---------------------------------------------------------------------------------------------
case("deny_ground", "student_statement", "BRI", "Jorge Mendez", 10, "2025-10-20 12:10",
     "Brighton High School, cafeteria", "fight", '''
Jorge and another student exchanged punches in the cafeteria at 12:10 on 10/20; neither needed
medical treatment. Jorge's statement: "He bumped me on purpose and said something about my sneakers
so I swung. We both got hits in. Im good now, no problem with him."''')

case("deny_ground", "apology_letter", "BAA", "Nicole Ferreira", 11, "2026-02-11 13:30",
     "Boston Arts Academy, dance studio", "theft", '''
Nicole took another student's AirPods and $40 from a bag in the dance studio on 2/11; she returned
the AirPods the next day. Her apology letter: "I am sorry I took your AirPods and money. Things are
hard at home, we live in the Cathedral projects and my mom lost her job. That is not an excuse. I
will pay you back the $40."''',
     nmc=["Cathedral"], cats=["neighborhood"])

case("deny_ground", "social_media", "EXC", "Derrick Hayes", 10, "2026-03-05 10:00",
     "Excel High School, 2nd floor boys bathroom", "vandalism", '''
Derrick spray-painted tags on the walls and stall doors of the 2nd floor boys bathroom on 3/5; the
hallway camera shows him going in with a backpack and coming out 10 minutes later. The cleanup is
estimated at $1,200. His TikTok caption that night: "Dunk Crew run these walls 🖌️ 4L, catch us if u
can"''',
     nmc=["Dunk Crew"], cats=["gang_affiliation"])

case("deny_ground", "journal", "BUR", "Marcus Tate", 11, "2025-11-17 09:00",
     "Jeremiah E. Burke High School, room 210", "gang_activity", '''
Staff ask that BPD be informed of Marcus's gang involvement. A teacher found this page in his
notebook on 11/17; no weapon, threat or violence is involved: "GLB til I die 💯 me Ty Smoke Lil D.
Greenleaf Ave 4 life, we run it from the store to the park."''',
     nmc=["GLB", "Greenleaf Ave"], cats=["gang_affiliation", "neighborhood"])

case("deny_ground", "parent_letter", "SNO", "Nayeli Hernández", 9, "2026-03-02 08:00",
     "Snowden International School, attendance office", "truancy", '''
Nayeli has missed 23 school days since January 5 and the attendance team asks BPD to do a home visit.
Her mother's letter in reply to the attendance notice: "Perdón maestra. Nayeli stay home some days
because she must translate for me, I dont speak English, and we have the appointments for the asylum
case in Burlington. Also we move two times since December, now we live with my sister in Chelsea.
She will come every day now, I promise."''',
     nmc=["translate for me", "dont speak English", "asylum", "Chelsea"],
     cats=["language", "immigration_status", "neighborhood"])

case("deny_ground", "parent_letter", "CHS", "Pedro Henrique Silva", 10, "2025-10-06 09:00",
     "Charlestown High School, registrar's office", "status_verification", '''
The registrar asks BPD to confirm whether Pedro and his father are in the country legally. The
father wrote this on the back of the enrollment form: "We come from Brazil on tourist visa in 2022
and we stay after it finish. I work construction. My son only want to study and play soccer,
please."''',
     nmc=["Brazil", "tourist visa", "stay after it finish"],
     cats=["immigration_status", "national_origin"])

case("deny_ground", "social_media", "DEA", "Aniyah Ford", 8, "2026-01-22 19:00",
     "off campus (Instagram)", "cyberbullying", '''
Aniyah posted a photo she took of a classmate in the 2nd floor hallway, with the caption below; the
classmate's mother complained. There was no threat of violence. Caption as posted: "who let her out
the house like this 💀💀 somebody tell her"''')

case("deny_ground", "student_statement", "TBA", "Marquis Bell", 11, "2026-05-07 13:00",
     "TechBoston Academy, 3rd floor hallway", "trespassing", '''
Marquis, who is serving a 3-day suspension, walked into the building behind another student at 1:00
on 5/7 and was found on the 3rd floor; he left when asked. His statement: "I only came to bring Tay
her charger she left at my house. I wasnt trying to start nothing. We live right on Geneva Ave so I
walk by here every day anyway."''',
     nmc=["Geneva Ave"], cats=["neighborhood"])

# ---------------------------------------------------------------------------------------------
# deny: only excluded substances
# ---------------------------------------------------------------------------------------------
case("deny_substance", "student_statement", "EHS", "Tyler Grady", 11, "2025-10-03 09:20",
     "English High School, main office", "drugs", '''
SSS found about 3 grams of marijuana in a plastic container and a grinder in Tyler's backpack at 9:20
on 10/3. Tyler wrote: "Its for after school, I never smoke in the building. My cousin gave it to me
for my birthday. I know its not allowed here."''',
     subs=["marijuana"])

case("deny_substance", "social_media", "BAA", "Skylar Reyes", 10, "2025-12-03 14:00",
     "Boston Arts Academy, 3rd floor studio", "drugs", '''
Skylar posted a Snapchat story from the 3rd floor studio showing a THC cartridge, and SSS found the
cartridge in her tote bag at 2:00 on 12/3. Her Snapchat bio, copied by the AP: "Hyde Square raised 🌺
| cart season 💨 | art kid"''',
     subs=["THC cartridge"], nmc=["Hyde Square"], cats=["neighborhood"])

case("deny_substance", "parent_letter", "IRV", "Caden O'Neil", 7, "2026-01-16 10:50",
     "Irving Middle School, 1st floor boys bathroom", "drugs", '''
A teacher took a vape pen from Caden in the 1st floor boys bathroom at 10:50 on 1/16; what is in it is
not known and it was not tested. His mother emailed that afternoon: "I am honestly shocked. I will
go through his room tonight and I am taking his phone. We do not allow this in our house and he
knows that."''',
     subs=["vape"])

case("deny_substance", "apology_letter", "BRI", "Connor Byrne", 12, "2026-03-13 11:30",
     "Brighton High School, parking lot", "drugs", '''
Connor and two friends were found drinking vodka nips in a car in the school parking lot at 11:30 on
3/13; Connor had 6 unopened nips in his backpack. His apology letter to the headmaster: "I am sorry
for drinking on school property. It was stupid and we got carried away before break. My family is
Catholic and my mom is on the parish council at St. Columbkille's, so she is embarrassed more than
anyone. It will not happen again."''',
     subs=["vodka nips"], nmc=["Catholic", "parish council", "Columbkille"], cats=["religion"])

case("deny_substance", "journal", "FEN", "Ava Romano", 11, "2026-04-08 10:15",
     "Fenway High School, biology lab", "drugs", '''
A teacher found Ava's planner in the biology lab on 4/8 and saw the note below; Ava then handed over
a bag of THC gummies and a tin of nicotine pouches. Planner note: "zyn before 1st, 2 gummies before
bio lol, DONT get caught again"''',
     subs=["THC gummies", "nicotine pouches"])

case("deny_substance", "parent_letter", "ACC", "Jefferson Paredes", 10, "2025-11-12 12:40",
     "Another Course to College, 2nd floor bathroom", "drugs", '''
Jefferson was found with 4 Juul pods and a small bag of weed in the 2nd floor bathroom at 12:40 on
11/12. His mother's letter: "Buenas tardes. I am mother of Jefferson. Por favor no llame a la
policía, no tenemos papeles. We are from Ecuador and at home we speak Spanish only, I try my best.
He will not bring this again."''',
     subs=["Juul pods", "weed"], nmc=["no tenemos papeles", "Ecuador", "speak Spanish"],
     cats=["immigration_status", "national_origin", "language"])

case("deny_substance", "student_statement", "BUR", "Quentin Mayo", 11, "2026-02-27 13:15",
     "Jeremiah E. Burke High School, gym", "drugs", '''
Quentin was visibly drunk in the gym at 1:15 on 2/27 and had a half-empty bottle of Hennessy in his
bag. His statement: "It was left from the party Friday. The older Rox Side boys gave it to us and I
kept it. I only had a little before lunch."''',
     subs=["alcohol"], nmc=["Rox Side"], cats=["gang_affiliation"])

case("deny_substance", "social_media", "NMH", "Lena Saleh", 12, "2025-09-30 11:00",
     "New Mission High School, 1st floor girls bathroom", "drugs", '''
Lena was found using a THC wax pen in the 1st floor girls bathroom at 11:00 on 9/30. A classmate sent
the AP her Instagram bio: "🇱🇧 Lebanese & proud | 02169 | dab queen 🍯 | dont dm"''',
     subs=["THC wax pen"], nmc=["Lebanese", "02169"], cats=["ethnicity", "neighborhood"])

# ---------------------------------------------------------------------------------------------
# deny: recipient not permitted
# ---------------------------------------------------------------------------------------------
case("deny_recipient", "student_statement", "BUR", "Jamal Washington", 10, "2025-10-15 08:20",
     "Jeremiah E. Burke High School, front entrance", "weapon", '''
Jamal was found with a folding knife at the front entrance scan at 8:20 on 10/15. The SSS asks that
this go to the intelligence center so his file as a Ridgeway associate is updated. Jamal's statement:
"I had it for the walk to the bus. I never took it out at school."''',
     weapon="folding knife", rec="bric", nmc=["Ridgeway"], cats=["gang_affiliation"])

case("deny_recipient", "parent_letter", "EXC", "Erick Portillo", 11, "2026-01-28 12:00",
     "Excel High School, 3rd floor stairwell", "drugs", '''
SSS found 8 fentanyl pills in Erick's jacket in the 3rd floor stairwell at 12:00 on 1/28. His father
wrote: "I know my son made mistake. I am undocumented since 2016, from El Salvador, and I am afraid
for the whole family. Please give him chance."''',
     subs=["fentanyl"], rec="ice/ero-boston", nmc=["undocumented", "El Salvador"],
     cats=["immigration_status", "national_origin"])

case("deny_recipient", "student_statement", "SNO", "Tuan Nguyen", 12, "2026-02-09 09:30",
     "Snowden International School, room 401", "weapon", '''
Tuan was found with a box cutter in room 401 at 9:30 on 2/9 after he pointed it at a classmate during
an argument; nobody was cut. Tuan's typed statement: "I am sorry. My parents are here on work visas
and they will be very angry. I use the box cutter at the grocery store where I work."''',
     weapon="box cutter", rec="dhs/hsi-boston", nmc=["work visas"], cats=["immigration_status"])

case("deny_recipient", "apology_letter", "EHS", "Darius King", 10, "2025-12-10 13:05",
     "English High School, courtyard", "serious_violence", '''
Darius kicked another student in the head repeatedly in the courtyard at 1:05 on 12/10; the student
was hospitalized with a brain bleed. Darius's apology letter: "To Jordan and his family. I did not
think about what one kick could do. I am sorry. I want to tell you in person when you are
better."''',
     rec="commonwealth-fusion-center")

case("deny_recipient", "parent_letter", "BCL", "Wesley Charles", 10, "2026-04-14 09:00",
     "Boston Community Leadership Academy, AP office", "credible_threat", '''
Two students reported the threat to the AP at 9:00 on 4/14. Wesley's mother wrote: "I am very worry
about my son. At home we talk Kreyol, so I ask his sister to write this. He say many crazy things
since his father leave. Please help him."''',
     threat='''Student told classmates he would bring a gun to the school dance on 4/17 and shoot a
named student; his mother reports he has been talking about getting a gun from an older cousin.''',
     rec="cbp", nmc=["Kreyol"], cats=["language"])

case("deny_recipient", "student_statement", "EDW", "Ryan Costa", 8, "2025-11-05 08:05",
     "Edwards Middle School, entrance", "weapon", '''
Ryan was found with a knife in his backpack during a bag check at the entrance at 8:05 on 11/5 after
he told classmates he had it. The request is for the mall's security company, because Ryan said he
also carries it at the mall after school. His statement: "I carry it for protection. I never pulled
it out."''',
     weapon="knife", rec="allied-universal-security")

case("deny_recipient", "journal", "HEN", "Elijah Ward", 12, "2026-03-26 10:00",
     "Henderson K-12 Inclusion School, 2nd floor lockers", "weapon", '''
An unloaded handgun was found in Elijah's locker on 3/26 at 10:00 after a classmate reported seeing
it. A page from his journal, found with the gun: "nobody gonna catch me slipping again. keep it in
the locker til friday."''',
     weapon="handgun", rec="msp/troop-h")

case("deny_recipient", "student_statement", "OBR", "Nathan Pierre", 11, "2025-12-15 07:50",
     "John D. O'Bryant School of Mathematics and Science, entrance", "drugs", '''
Nathan was searched at the school entrance at 7:50 on 12/15 after a tip and had 5 small bags of
cocaine in his sock. His statement: "I was holding them for somebody from my building at Mildred
Hailey. I didnt sell nothing in school."''',
     subs=["cocaine"], rec="mbta-transit-police", nmc=["Mildred Hailey"], cats=["neighborhood"])

# ---------------------------------------------------------------------------------------------
# deny: credible_threat without a threat statement
# ---------------------------------------------------------------------------------------------
case("deny_threat_missing", "journal", "IRV", "Gavin Lowe", 8, "2025-10-22 10:00",
     "Irving Middle School, room 214", "credible_threat", '''
A teacher found Gavin's notebook in room 214 on 10/22 and gave it to the principal. The page, as
written: "if they jump me one more time Im bringing my dads gun to school and shooting all three of
them. they will see."''')

case("deny_threat_missing", "social_media", "EXC", "Tyrell Banks", 11, "2026-02-02 23:00",
     "off campus (Snapchat story)", "credible_threat", '''
A parent sent the AP a screenshot of Tyrell's Snapchat story posted at 11 PM on 2/2: "tmrw at lunch
somebody getting dropped 🔫 Wayland Boyz dont miss". Tyrell was kept out of class the next
morning.''',
     nmc=["Wayland Boyz"], cats=["gang_affiliation"])

case("deny_threat_missing", "parent_letter", "MHK", "Daniel Souza", 8, "2026-01-20 07:00",
     "Mission Hill K-8, front door", "credible_threat", '''
Daniel's mother emailed the principal at 7:00 AM on 1/20 about something Daniel said at home; Daniel
was met at the door and his backpack was checked, nothing was found. Her email: "Good morning. Last
night Daniel said he will take his uncle's knife and stab the boy who made fun of him. We speak
Portuguese at home and maybe I do not understand all, but I am scared. Please talk to him."''',
     threat="", nmc=["speak Portuguese"], cats=["language"])

case("deny_threat_missing", "student_statement", "CHS", "Kyle Murphy", 10, "2026-03-09 10:30",
     "Charlestown High School, room 118", "credible_threat", '''
Kyle told a teacher at 10:30 on 3/9 that he was going to "shoot the place up" and was brought to the
office. His statement: "I was mad because I got kicked out of class. I live in the Bunker Hill
projects and I know people who could get me one."''',
     nmc=["Bunker Hill"], cats=["neighborhood"])

case("deny_threat_missing", "apology_letter", "DEA", "Imani Bryant", 9, "2025-12-02 10:15",
     "Dearborn STEM Academy, room 112", "credible_threat", '''
Imani wrote on a classmate's desk in room 112 on 12/2 that she would "cut her face" on Friday.
Imani's apology letter to the classmate: "Taylor, I wrote that because I was mad about the group
chat. I am sorry it scared you."''')

case("deny_threat_missing", "student_statement", "BLA", "Samuel Kaplan", 10, "2026-04-20 21:40",
     "off campus (text message)", "credible_threat", '''
Samuel sent a classmate a message at 9:40 PM on 4/20 saying he would "bring something" to school and
"make them pay"; he was interviewed with his father the next morning. Samuel's typed statement: "They
keep drawing swastikas on my locker because Im Jewish and nobody does anything. I was angry. I did
not have a plan."''',
     nmc=["Jewish"], cats=["religion"])

# ---------------------------------------------------------------------------------------------
# deny: face surveillance
# ---------------------------------------------------------------------------------------------
case("deny_face", "student_statement", "BRI", "Bryce Allen", 11, "2025-10-09 13:10",
     "Brighton High School, 1st floor hallway", "weapon", '''
A student was seen on video waving a knife in the 1st floor hallway at 1:10 on 10/9. The district's
camera analytics ran face recognition on the clip and matched the student to Bryce's ID photo
(similarity 0.94). Bryce's statement: "It was a pen knife, I was messing around."''',
     weapon="knife", att=[{"kind": "face_match", "name": "hallcam_match_report.pdf"}],
     nmc=["similarity 0.94"], cats=["face_surveillance"])

case("deny_face", "parent_letter", "TBA", "Jordan Mills", 10, "2025-11-06 14:40",
     "TechBoston Academy, bus stop in front of the school", "serious_violence", '''
Jordan and two other boys beat a student at the bus stop after school at 2:40 on 11/6; the student
had a broken jaw. Please have BPD run the attached student ID photos through facial recognition to
identify the two other boys in the cell phone video. Jordan's mother wrote: "I am so sorry. We live on
Harvard St and Jordan knows those boys from around here, but he will not tell me names."''',
     att=[{"kind": "photo", "name": "grade10_id_photos.zip"}],
     nmc=["Harvard St"], cats=["face_surveillance", "neighborhood"])

case("deny_face", "social_media", "BUR", "Trevon Mack", 12, "2026-01-14 12:30",
     "Jeremiah E. Burke High School, 2nd floor bathroom", "drugs", '''
A Snapchat video of someone selling pills in the 2nd floor bathroom was run through Clearview, which
returned a face match to the Instagram account @tre.dabag2x; that account's bio says "plug 🔌 school
edition". Trevon was searched at 12:30 on 1/14 and had 6 fentanyl pills.''',
     subs=["fentanyl"], nmc=["tre.dabag2x"], cats=["face_surveillance"])

case("deny_face", "apology_letter", "MPK", "Aliyah Greene", 10, "2026-03-18 11:50",
     "Madison Park Technical Vocational High School, cafeteria", "weapon", '''
Aliyah sprayed pepper spray in the cafeteria at 11:50 on 3/18; three students needed the nurse. Her
apology letter: "I am sorry to everybody that got sprayed. It was meant for one person and that was
still wrong."''',
     weapon="pepper spray",
     stu={"face_match_id": "FRS-88213 (score 0.97, bus camera)",
          "face_match_source": "facial recognition on the route 22 bus camera"},
     nmc=["FRS-88213"], cats=["face_surveillance"])

case("deny_face", "journal", "SNO", "Devin Santos", 11, "2026-02-19 15:10",
     "MBTA bus after school", "weapon", '''
Brass knuckles were found in a backpack left on the bus after school on 2/19; facial recognition on
the bus camera matched the student who left it to Devin with 91% confidence. A journal in the same
backpack had: "keep the knucks on me till they leave me alone".''',
     weapon="brass knuckles",
     att=[{"kind": "face_template", "name": "devin_template_77ab.bin"}],
     nmc=["91% confidence", "devin_template_77ab"], cats=["face_surveillance"])

# ---------------------------------------------------------------------------------------------
# deny: replica, BB and airsoft guns (need a named approver's determination)
# ---------------------------------------------------------------------------------------------
case("deny_replica", "student_statement", "CHS", "Aidan Burke", 9, "2025-10-27 14:00",
     "Charlestown High School, locker room", "weapon", '''
Aidan brought an airsoft gun (black, no orange tip) in his backpack and showed it to friends in the
locker room at 2:00 on 10/27. His statement: "Its airsoft, it shoots plastic BBs. I was going to sell
it to Liam after school."''',
     weapon="airsoft gun")

case("deny_replica", "parent_letter", "LEE", "Marcus Oyelaran", 7, "2026-05-11 12:15",
     "Joseph Lee K-8 School, playground", "weapon", '''
Marcus had a BB gun in his backpack on 5/11 and pointed it at a classmate on the playground at 12:15;
nobody was hit. His father wrote: "The BB gun is for target practice with me at my brother place in
New Hampshire. I did not know he took it. We are Nigerian and in our family this is very serious, he
is punished."''',
     weapon="BB gun", nmc=["Nigerian"], cats=["ethnicity"])

case("deny_replica", "social_media", "HEN", "Jalen Shaw", 11, "2026-04-23 09:15",
     "Henderson K-12 Inclusion School, 3rd floor bathroom", "weapon", '''
Jalen posted a video from the 3rd floor bathroom at 9:15 on 4/23 holding what looks like a black
pistol; SSS found a replica pistol (metal, no orange tip) in his bag. Caption: "dont make me up it 😈
#Dot4life"''',
     weapon="replica pistol", nmc=["Dot4life"], cats=["neighborhood"])


# ---------------------------------------------------------------------------------------------
MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]


def offset(day):
    return "-05:00" if datetime.date(2025, 11, 2) <= day < datetime.date(2026, 3, 8) else "-04:00"


def dob_for(grade, i):
    m = MONTHS[i % 12]
    y = 2007 + (12 - grade) + (0 if m >= 9 else 1)
    return f"{y:04d}-{m:02d}-{1 + (i * 7) % 28:02d}"


def build():
    order = sorted(range(len(CASES)),
                   key=lambda k: hashlib.sha256(f"{FAMILY}:{CASES[k]['name']}".encode()).hexdigest())
    out = []
    for n, k in enumerate(order, 1):
        c = CASES[k]
        cid = f"{PREFIX}-{n:04d}"
        sname, sid, district = SCHOOLS[c["school"]]
        d, t = c["when"].split()
        day = datetime.date.fromisoformat(d)
        req = {"request_id": cid, "school_id": sid, "recipient": c["rec"] or district,
               "ground": c["ground"]}
        if c["subs"] is not None:
            req["substances"] = c["subs"]
        if c["weapon"] is not None:
            req["weapon"] = c["weapon"]
        if c["threat"] is not None:
            req["threat_statement"] = c["threat"]
        req["incident"] = {"occurred_at": f"{d}T{t}:00{offset(day)}", "location": c["loc"],
                           "description": c["desc"]}
        student = {"student_id": str(210000 + (k * 7919) % 690000), "name": c["name"],
                   "date_of_birth": c["dob"] or dob_for(c["grade"], k), "grade": c["grade"],
                   "school": sname}
        student.update(c["stu"])
        req["student"] = student
        if c["att"]:
            req["attachments"] = c["att"]
        allow = c["tag"].startswith("allow")
        exp = {"decision": "allow" if allow else "deny"}
        if not allow:
            exp["reason"] = REASONS[c["tag"]]
        exp.update({"must_not_contain": c["nmc"],
                    "must_contain": [c["name"], sname, c["key"]] if allow else [],
                    "must_contain_text": c["mct"] if allow else [],
                    "categories": c["cats"],
                    "tags": [FAMILY, c["tag"], c["writer"]]})
        selfcheck(c, req, sname)
        out.append({"id": cid, "request": req, "expect": exp})
    return out


def selfcheck(c, req, sname):
    low = lambda s: s.lower()
    desc = low(c["desc"])
    whole = low(json.dumps(req, ensure_ascii=False))
    allow = c["tag"].startswith("allow")
    for s in c["nmc"]:
        assert low(s) in whole, (c["name"], "canary missing", s)
        for safe in [c["name"], sname, c["loc"], c["key"] or ""] + c["mct"]:
            assert low(s) not in low(safe), (c["name"], "canary inside a kept value", s, safe)
    if allow:
        assert c["key"] and low(c["key"]) in desc, (c["name"], "key not in description")
        assert 1 <= len(c["mct"]) <= 3, c["name"]
        for m in c["mct"]:
            assert low(m) in desc, (c["name"], "must_contain_text missing", m)
        assert "face_surveillance" not in c["cats"], c["name"]
        if c["tag"] == "allow_clean":
            assert not c["nmc"] and not c["cats"] and not c["stu"], c["name"]
        else:
            assert c["nmc"] and c["cats"], c["name"]
        if c["ground"] == "credible_threat":
            assert c["threat"], c["name"]
    else:
        assert not c["mct"] and c["key"] is None, c["name"]
        if c["tag"] == "deny_threat_missing":
            assert c["ground"] == "credible_threat" and not c["threat"], c["name"]
        if c["tag"] == "deny_face":
            assert "face_surveillance" in c["cats"], c["name"]
    assert bool(c["nmc"]) == bool(c["cats"]), (c["name"], "canaries without categories or back")


def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "tests/data/corpus/outsider_af.jsonl"
    rows = build()
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "student names must be unique"
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()
