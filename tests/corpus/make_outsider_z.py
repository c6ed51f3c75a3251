#!/usr/bin/env python3
"""Outsider corpus Z (prefix OZ): messy, non-keyboard text.

Speech-to-text dictation, transcribed text/social-media screenshots, autocorrect damage and notes
typed in a hurry by staff whose first language is not English. Forbidden facts (RULES.md section 4)
appear misspelled, split, mis-heard, in slang or in families' languages. Written blind, from
RULES.md and CONTRACT.md only.

Deterministic, standard library only. Writes tests/data/corpus/outsider_z.jsonl next to this
package (run from anywhere).
"""
import datetime
import json
import pathlib
import re
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_z.jsonl"
FAMILY = "oz_messy"

SCHOOLS = {
    "Boston Latin Academy": "BPS-4011",
    "Madison Park Technical Vocational High School": "BPS-4032",
    "East Boston High School": "BPS-4045",
    "Jeremiah E. Burke High School": "BPS-4053",
    "English High School": "BPS-4067",
    "Excel High School": "BPS-4071",
    "Brighton High School": "BPS-4089",
    "TechBoston Academy": "BPS-4093",
    "Mission Hill K-8": "BPS-4104",
    "John D. O'Bryant School": "BPS-4112",
    "Charlestown High School": "BPS-4125",
    "Snowden International School": "BPS-4137",
    "Dorchester Academy": "BPS-4141",
    "Boston Community Leadership Academy": "BPS-4150",
    "Community Academy of Science and Health": "BPS-4163",
    "Boston Arts Academy": "BPS-4170",
    "Fenway High School": "BPS-4182",
    "Curley K-8": "BPS-4205",
    "Irving Middle School": "BPS-4214",
    "McKay K-8": "BPS-4222",
    "Lilla G. Frederick Middle School": "BPS-4238",
    "Boston International Newcomers Academy": "BPS-4246",
}

BPD_UNITS = ["bpd", "bpd/district-b2", "bpd/district-c11", "bpd/district-e18", "bpd/district-a7",
             "bpd/district-b3", "bpd/district-d4", "bpd/district-e13", "bpd/district-a1"]

STYLE_TAG = {"D": "dictation", "S": "sms_transcript", "A": "autocorrect", "E": "esl_staff"}

CASES = []


def add(kind, style, ground, name, school, grade, desc, fact=None, mct=(), mnc=(), cats=(),
        weapon=None, subs=None, threat=None, loc=None, extra=None, recipient=None, reason=None,
        att=None, trap=False, tags=()):
    CASES.append(dict(kind=kind, style=style, ground=ground, name=name, school=school, grade=grade,
                      desc=desc, fact=fact, mct=list(mct), mnc=list(mnc), cats=list(cats),
                      weapon=weapon, subs=subs, threat=threat, loc=loc, extra=extra or {},
                      recipient=recipient, reason=reason, att=att, trap=trap, tags=list(tags)))


# ---------------------------------------------------------------------------------------------
# ALLOW, nothing forbidden (60). trap=True: category-looking words used innocently, kept.
# ---------------------------------------------------------------------------------------------
add("clean", "D", "weapon", "Tyrese Holloway", "Madison Park Technical Vocational High School", 11,
    "ok so at around nine forty five this morning period new paragraph the student Tyrese was in the hallway by the auto shop and a teacher seen the handle of a knife sticking out his back pocket comma it was a folding knife with a black handle about four inches period mister Dwyer took it and walked him to the office period no one was hurt period new paragraph he said he carries it for work at his uncles shop period",
    fact="folding knife", mct=["auto shop", "four inches"], weapon="knife", loc="hallway by the auto shop",
    extra={"homeroom": "B214"})

add("clean", "S", "weapon", "Dante Whitfield", "TechBoston Academy", 10,
    "[screenshot of txt from Ms Pryor 10:52] yo AP come to rm 214 NOW. kid Dante got a box cutter out, waving it at Kev. i got the class out. nobody cut [reply 10:53] omw [10:58] SSS got it from him, blade was out like an inch. hes in the office w/ Mr Baines",
    fact="box cutter", mct=["rm 214", "blade was out like an inch"], weapon="box cutter", loc="room 214")

add("clean", "A", "weapon", "Aaliyah Brooks", "Excel High School", 11,
    "Student Aaliyah sprayed pepper spay at another student in the gym locker room during 4th period. The victim (J.R.) had burning eyes and was seen by the nurse, eyes flushed with water ect. The can was a pink keychain pepper spray, confiscated by SSS. Aaliyah said she was defiantly not gonna let them jump her with there friends. Mom was called and is coming in at 2.",
    fact="pink keychain pepper spray", mct=["gym locker room", "eyes flushed with water"], weapon="pepper spray",
    loc="girls locker room")

add("clean", "E", "weapon", "Kevin Arruda", "East Boston High School", 9,
    "Today in the morning the student Kevin he was show to other students one kitchen knife in the cafeteria of East Boston High, the blade is long maybe 6 inch. I am the lunch monitor, I tell him give me and he give me without problem. Nobody is hurt. I bring the knife to the office of Mr. Salas.",
    fact="kitchen knife", mct=["cafeteria of East Boston High", "maybe 6 inch"], weapon="knife",
    loc="cafeteria", trap=True)

add("clean", "D", "drugs", "Rashad Pettiford", "Jeremiah E. Burke High School", 12,
    "student was found with a small bag of blue pills in his backpack period the pills say M thirty on them which the nurse said looks like fake perks that can have fentanyl in them period there was eleven pills comma in a ziploc bag period new paragraph assistant principal Okafor searched the bag after another student told her period he said he was holding them for somebody",
    fact="blue pills", mct=["M thirty", "ziploc bag", "eleven pills"], subs=["counterfeit pills", "fentanyl"],
    loc="main office")

add("clean", "S", "credible_threat", "Malik Zamora", "TechBoston Academy", 10,
    "transcribed from screenshot a parent sent at 8:52pm: [IG story, acct @mal.zz] pic of a black gun on a bed. caption 'EVERYBODY IN 3RD LUNCH GONNA LEARN TMRW (100 emoji)(pistol emoji)'. tagged the school acct. 3 ppl reported it by 9pm. student absent next day, mom not answering",
    fact="3RD LUNCH", mct=["black gun on a bed", "3 ppl reported it"],
    threat="Student posted an Instagram story with a photo of a handgun and the caption 'EVERYBODY IN 3RD LUNCH GONNA LEARN TMRW', tagging the school's account; three people reported it the same night.",
    loc="off campus (Instagram)")

add("clean", "A", "serious_violence", "Marcus Tillman", "English High School", 10,
    "During dismissal outside the main enterance, student Marcus hit another student (D.T.) in the head with a padlock inside a sock. D.T. had a large gash above his eye and was bleeding alot, EMS took him to Boston Medical and he got 9 stitches and a concussion. Marcus ran but came back with his dad at 3:30. Witnesses: 2 students and Mr. Lam (crossing gaurd).",
    fact="padlock inside a sock", mct=["9 stitches", "concussion"], loc="main entrance")

add("clean", "E", "drugs", "Luis Ocasio", "Brighton High School", 11,
    "The student Luis he have in the pocket 3 little bag with white powder, he say is coca. The nurse and the AP they see it. He tell me he sell to other students in the bathroom 2nd floor. We call the mother. The bags are in the safe now.",
    fact="white powder", mct=["3 little bag", "bathroom 2nd floor"], subs=["cocaine"], loc="2nd floor", trap=True)

add("clean", "D", "weapon", "Jaylen Forde", "Charlestown High School", 10,
    "at approximately one fifteen p m in the gym period a student Jaylen was showing a tase her to some boys and pressed it and it made the clicking sound with the blue spark period new paragraph coach Ferreira took it it is black and says fifty million volts on the side period nobody got tased period",
    fact="tase her", mct=["fifty million volts", "blue spark"], weapon="taser", loc="gym")

add("clean", "S", "weapon", "Taylor Beaumont", "Mission Hill K-8", 8,
    "Transcribed from 8th grade group chat screenshots (given by student A.M.): [Zoe] bro Tay really got a strap in his bookbag lmaooo [Tay] shut up [Zoe] ITS IN THE FRONT POCKET IM NOT PLAYING. AP searched the bookbag 12:40 and found an unloaded black handgun, no magazine, in the front pocket. School police called. Student is in the office.",
    fact="unloaded black handgun", mct=["no magazine", "in the front pocket"], weapon="firearm", loc="main office")

add("clean", "A", "weapon", "Jordan Maitland", "Snowden International School", 11,
    "Teacher saw student Jordan putting on brass knuckels in the back of Spanish class (rm 305) and asked for them, he refused and walked out. SSS found him in the stairwell and he handed them over. They are gold colored, 4 finger. He said it was for protection bc somebody 'been looking for him'.",
    fact="brass knuckels", mct=["Spanish class", "gold colored, 4 finger"], weapon="brass knuckles",
    loc="room 305", trap=True)

add("clean", "D", "serious_violence", "Isaiah Crandall", "Community Academy of Science and Health", 10,
    "new paragraph at about twelve ten in the cafeteria student Isaiah stabbed another student in the left arm with a pencil sharpener blade comma the victim had a deep cut and was bleeding a lot period nurse wrapped it and nine one one was called comma he went to childrens hospital and got stitches period new paragraph the fight started over a chain period",
    fact="pencil sharpener blade", mct=["left arm", "childrens hospital"], loc="cafeteria")

add("clean", "E", "credible_threat", "Bao Tran", "Jeremiah E. Burke High School", 9,
    "In the class of science the student Bao he is angry with other student because of the phone. He say tomorrow I bring my brother gun and I shoot you and your friends. The teacher Ms. Hill hear it and ask him, he say it again. Other students is scared. He is in the office now with the counselor.",
    fact="my brother gun", mct=["class of science", "he say it again"],
    threat="Student told a classmate 'tomorrow I bring my brother gun and I shoot you and your friends' and repeated it to the teacher when she asked.",
    loc="science classroom")

add("clean", "S", "drugs", "Cole Pennington", "Boston Arts Academy", 11,
    "snap from students phone, shown to AP by the student himself: 'u still got them molly caps? need 5 for fri' / 'ya $20 each'. AP searched w/ SSS: 6 clear capsules w/ tan powder in a pill bottle in his jacket, he admitted its molly",
    fact="6 clear capsules", mct=["tan powder", "pill bottle"], subs=["mdma"], loc="AP office")

add("clean", "A", "weapon", "Xavier Lund", "Excel High School", 10,
    "At 8:05 at the front door the wand went off on student Xavier's black hoodie, SSS found a butterfly knife in the front pouch. Blade about 3.5 in. He said he forgot it was their from the weekend. Confiscated, no threats made.",
    fact="butterfly knife", mct=["black hoodie", "front pouch"], weapon="knife", loc="front entrance", trap=True)

add("clean", "D", "weapon", "Precious Langley", "Fenway High School", 11,
    "student Precious had a razor blade in her phone case comma the single edge kind period during gym she took it out and said she was going to cut the girl who been talking about her period new paragraph teacher removed everyone and S S S got the blade period no one was cut period",
    fact="razor blade", mct=["phone case", "single edge"], weapon="razor blade", loc="gym")

add("clean", "E", "weapon", "Omar Haddad", "Irving Middle School", 7,
    "Today the student Omar in english class he take out a small knife and cutting the desk. Teacher say stop, he don't stop. I am the para, I take the knife, is a small pocket knife red color (swiss army). He say sorry. Nobody hurt.",
    fact="pocket knife", mct=["english class", "swiss army"], weapon="knife", loc="room 118", trap=True)

add("clean", "S", "credible_threat", "Keondra Gaines", "English High School", 10,
    "Parent of 10th grader forwarded screenshots Sun night. Transcribed: [unknown # saved as 'Keke'] 'ur dead monday (skull emoji) i kno where u be after practice' [photo: kitchen knife on a counter] 'dont tell nobody or its worse'. Number matches student Keondra per the other girls. Track practice is 3-5 at White Stadium.",
    fact="kitchen knife on a counter", mct=["White Stadium", "ur dead monday"],
    threat="Student texted another student 'ur dead monday, i kno where u be after practice' with a photo of a kitchen knife, per screenshots provided by the recipient's parent.",
    loc="off campus (text messages)", trap=True)

add("clean", "A", "serious_violence", "Brandon Kessler", "Boston Community Leadership Academy", 11,
    "Student reported that during 6th period in the stairwell by the libary, student Brandon pushed her against the wall and touched her under her clothes without consent after she told him to stop. Nurse and counselor with her now, mom notified. Brandon denies it.",
    fact="without consent", mct=["stairwell by the libary", "touched her under her clothes"], loc="stairwell by the library")

add("clean", "D", "drugs", "Trevor Nash", "Madison Park Technical Vocational High School", 12,
    "during a search for a vape in the boys bathroom S S S found in the students bag a bag of weed and a prescription bottle with somebody elses name on it with twelve oxycodone pills period the name on the bottle is not the student period the nurse counted them period",
    fact="twelve oxycodone pills", mct=["somebody elses name", "prescription bottle"], subs=["marijuana", "oxycodone"],
    loc="boys bathroom")

add("clean", "E", "weapon", "Ana Ferraz", "McKay K-8", 8,
    "Student Ana she bring a stun gun in the bag, it look like a flashlight. In the bus line she push the button to scare the boy, the boy jump but not touched. The teacher see and take it. I write because the AP ask me. It is color purple.",
    fact="stun gun", mct=["look like a flashlight", "color purple"], weapon="stun gun", loc="bus line")

add("clean", "S", "weapon", "Jamal Pierce", "Jeremiah E. Burke High School", 11,
    "transcribed from hallway monitors texts to AP, 1:12pm: 'kid in the red jordans just pulled a knife on the stairs by 2nd flr gym. hes walking twd caf. tall, grey sweats' / 1:15 'got him. its a steak knife wrapped in a napkin' / 1:16 'Jamal P 11th'",
    fact="steak knife", mct=["red jordans", "wrapped in a napkin"], weapon="knife", loc="stairs by 2nd floor gym",
    trap=True)

add("clean", "A", "credible_threat", "Elijah Brandt", "Boston Latin Academy", 9,
    "Ms Carney found a note on her desk after 3rd period that said 'I will bring my dads gun and shoot up this school on friday Im not joking this time'. She recognized the handwritting as Elijah's and when asked he said he wrote it but 'didnt mean it like that'. Parent called, counselor did a risk assesment.",
    fact="shoot up this school", mct=["recognized the handwritting", "risk assesment"],
    threat="Student left a note on a teacher's desk: 'I will bring my dads gun and shoot up this school on friday Im not joking this time.' He admitted writing it.",
    loc="room 204", trap=True)

add("clean", "D", "weapon", "DeShawn Mayfield", "Excel High School", 12,
    "at about eleven thirty the school police officer and A P took a loaded handgun from student DeShawn's waistband in the boys locker room period there was six rounds in it period it was reported by a student who seen it while changing for gym period the student did not resist period",
    fact="loaded handgun", mct=["waistband", "six rounds"], weapon="firearm", loc="boys locker room")

add("clean", "E", "drugs", "Minh Le", "Lilla G. Frederick Middle School", 8,
    "The student Minh he have in his lunch bag, under the turkey sandwich, one plastic bag with many pills, white long shape, the nurse say is look like xanax bars, maybe 20. He say is not him bag. The bag have his name write inside.",
    fact="xanax bars", mct=["turkey sandwich", "maybe 20"], subs=["xanax"], loc="cafeteria", trap=True)

add("clean", "S", "weapon", "Emmanuel Ricks", "Brighton High School", 10,
    "copied from students phones by AP: students snap status at 7:40am showed a pic of a machete in his bookbag w/ caption 'ready for whoever' (knife emoji). SSS checked his bag at 8:10 in homeroom and found a machete about 18 in long wrapped in a towel",
    fact="machete", mct=["snap status", "in homeroom", "wrapped in a towel"], weapon="knife", loc="homeroom",
    trap=True)

add("clean", "A", "serious_violence", "Kayden Shaw", "Dorchester Academy", 9,
    "Fight in the cafeteria that turned serious, student Kayden kicked the other student (M.O.) in the head several times while he was on the ground. M.O. lost conciousness for about 30 seconds, EMS took him to Tufts, he has a fractured orbital bone. Kayden also shoved lunch aide Ms. Rowe when she tried to break it up.",
    fact="fractured orbital bone", mct=["lost conciousness", "in the head several times"], loc="cafeteria")

add("clean", "D", "drugs", "Colin Briggs", "Boston Community Leadership Academy", 12,
    "new paragraph student was observed by teacher nodding off in class and his lips were blue period nurse gave narcan comma he came to period nine one one called period in his pocket was three wax bags stamped with a red skull which the officer said is heroin period",
    fact="three wax bags", mct=["red skull", "gave narcan"], subs=["heroin"], loc="room 312")

add("clean", "E", "weapon", "Yusuf Karim", "Mission Hill K-8", 6,
    "Student Yusuf he have the knife, is a small knife for cut the fruit, he use in the lunch time and point to the other boy and say move. The lunch lady see the knife and call me. I take the knife. He is sent home with the uncle. He say only for the mango.",
    fact="small knife for cut the fruit", mct=["sent home", "only for the mango"], weapon="knife",
    loc="cafeteria")

add("clean", "S", "credible_threat", "Terrell Boyce", "Jeremiah E. Burke High School", 11,
    "Group chat 'period 5 chem (crying emoji)' screenshots, transcribed: 'yall saw how he punched me in the face today' / 'bringing the glock tmrw for Darnell and anybody else who wanna jump in ON MY MAMA' / 'bro chill' / 'im not playing'. Sender # is the one in students file, 3 students reported. Student had a bruise on his cheek from the earlier fight.",
    fact="bringing the glock tmrw", mct=["punched me in the face", "bruise on his cheek"],
    threat="Student wrote in a class group chat that he is 'bringing the glock tmrw' for a named classmate 'and anybody else who wanna jump in', and repeated 'im not playing'.",
    loc="off campus (group chat)", trap=True)

add("clean", "A", "weapon", "Tiana Royce", "Madison Park Technical Vocational High School", 10,
    "After the 200m race at the track meet student Tiana got into a argument with a girl from another school and pulled a small kitchen knife from her bag and said 'try me'. Coach Dunleavy grabbed her wrist and took it. No one was cut. Knife is about 5 inches, wooden handle.",
    fact="small kitchen knife", mct=["200m race", "wooden handle"], weapon="knife", loc="Reggie Lewis Center track",
    trap=True)

add("clean", "D", "weapon", "Jasmine Ortiz-Bell", "Charlestown High School", 11,
    "note dictated by assistant principal period student Jasmine pepper sprayed a group of students at the bus stop in front of the school comma four kids had eyes burning and coughing period the spray was mace brand in a small black can period she said they was threatening her period",
    fact="mace brand", mct=["four kids", "bus stop in front of the school"], weapon="mace", loc="bus stop in front of school")

add("clean", "E", "serious_violence", "Carlos Benitez", "Snowden International School", 10,
    "The student Carlos and other boy fight in the hallway, Carlos take the chair and hit the boy in the back of head. The boy fall and have blood from the head, he go to hospital in ambulance, the doctor say he have skull fracture. Many students see. I am the teacher of math.",
    fact="skull fracture", mct=["hit the boy in the back of head", "blood from the head"], loc="3rd floor hallway")

add("clean", "S", "drugs", "Gavin Marsh", "Fenway High School", 11,
    "Transcribed from texts on confiscated phone (student gave passcode w/ mom present): 'tabs came in (mushroom emoji) not shrooms lol acid' / 'how many' / '10 strip'. In his wallet: small foil with a strip of paper squares w/ cartoon print, he said its acid",
    fact="strip of paper squares", mct=["cartoon print", "small foil"], subs=["lsd"], loc="AP office")

add("clean", "A", "weapon", "Nia Calloway", "Boston Latin Academy", 10,
    "Student Nia had a switchblade in her crossbody bag which fell on the floor in the hallway when she was opening it. Teacher Mr Obi picked it up, it opens with a button. Nia said her sister gave it to her for the walk from the T.",
    fact="switchblade", mct=["crossbody bag", "opens with a button"], weapon="knife", loc="2nd floor hallway")

add("clean", "D", "credible_threat", "Wyatt Corliss", "Curley K-8", 8,
    "dictated by school psychologist period during a session today the student said he thinks about bringing his stepfathers rifle to school to get back at the boys who bully him comma he named two boys period he said he knows where the key to the gun safe is period parent and principal notified period",
    fact="stepfathers rifle", mct=["gun safe", "named two boys"],
    threat="Student told the school psychologist he thinks about bringing his stepfather's rifle to school to get back at two named boys who bully him, and that he knows where the key to the gun safe is.",
    loc="counseling office")

add("clean", "E", "weapon", "Wilson Acevedo", "Excel High School", 9,
    "In lunch the student Wilson throw the french fries to the other table and make the problem, no one is hurt. When the SSS search him, he have the brass knuckle in the pocket of the jacket, black metal. He say is for protection.",
    fact="brass knuckle", mct=["french fries", "black metal"], weapon="brass knuckles", loc="cafeteria", trap=True)

add("clean", "S", "serious_violence", "Jaylen Strickland", "Community Academy of Science and Health", 11,
    "Transcribed from witness statement a student typed on her phone and AirDropped to AP: 'so basically Jay came up behind him w the bat and swung at his knee like 3 times and he was screaming, his knee was bent the wrong way (crying emoji) then Jay ran out the side door'. Victim (R.K.) has a broken kneecap per the ER, surgery thursday.",
    fact="broken kneecap", mct=["swung at his knee", "side door"], loc="side door")

add("clean", "A", "drugs", "Austin Grady", "English High School", 12,
    "Student was found with a small baggie of clear shards, student said its 'crystal'. Nurse and SSS think it is methamphetimine. Found during a search when he was caught in the stairwell during class. Also had a glass pipe.",
    fact="glass pipe", mct=["clear shards", "methamphetimine"], subs=["methamphetamine"], loc="stairwell")

add("clean", "D", "weapon", "Owen Fitzgerald", "Boston Latin Academy", 9,
    "new paragraph student Owen had a hunting knife in his backpack in latin class period a student saw it when he opened the bag to get his book period the teacher called the office and the A P took it period the blade is about five inches with a leather case period he said he was going camping this weekend period",
    fact="hunting knife", mct=["latin class", "leather case"], weapon="knife", loc="room 221", trap=True)

add("clean", "E", "weapon", "Pedro Almonte", "East Boston High School", 10,
    "The student Pedro he show to friend in the bathroom a gun, the friend tell the teacher. The SSS and the police of school find the gun in the ceiling of bathroom, is real gun, small, silver, not have bullets. Pedro say is not his.",
    fact="small, silver", mct=["ceiling of bathroom", "not have bullets"], weapon="firearm", loc="1st floor bathroom")

add("clean", "S", "drugs", "Marquise Dunbar", "Madison Park Technical Vocational High School", 11,
    "Text thread transcribed (phone found in locker 112, owner = student per lock screen pic): 'u got hard?' 'ya 2 for 40' 'bet meet me by the gym'. Locker also had a sandwich bag with 8 small off-white rocks. Student admitted its crack, said he was 'holding it'.",
    fact="off-white rocks", mct=["locker 112", "sandwich bag"], subs=["crack"], loc="locker 112")

add("clean", "A", "credible_threat", "Reggie Coates", "TechBoston Academy", 10,
    "The student left a voice note for a classmate (played for me by the classmates mom) with a lot of foul language, saying he was going to 'pop' him at dismissall friday and he already got 'something' in his locker. Locker was checked, empty. Student denies but its clearly his voice.",
    fact="dismissall friday", mct=["foul language", "in his locker"],
    threat="In a voice message to a classmate, student said he would 'pop' the classmate at dismissal Friday and that he already had 'something' in his locker; the classmate's parent reported it.",
    loc="off campus (voice message)", trap=True)

add("clean", "D", "weapon", "Andre Vickers", "Boston Arts Academy", 11,
    "student Andre brought a wooden club that he made in wood shop about two feet long with nails hammered in the end period he hid it in the stage crew room behind the curtains period the drama teacher found it period he said it was for a video period",
    fact="wooden club", mct=["nails hammered", "stage crew room"], weapon="club", loc="stage crew room", trap=True)

add("clean", "E", "drugs", "Ivan Petrenko", "Charlestown High School", 10,
    "The student Ivan give to other students the chocolate with mushrooms, he say is magic. Two students they eat and one is vomit and very confuse, the nurse call 911. In his bag we find more 4 pieces of chocolate in the paper with mushroom picture.",
    fact="chocolate with mushrooms", mct=["4 pieces of chocolate"], subs=["psilocybin"], loc="cafeteria")

add("clean", "S", "weapon", "Malik Osei", "Jeremiah E. Burke High School", 9,
    "Transcribed screen recording of a FaceTime a student showed the AP: student Malik shows a taser and says 'watch' and sparks it next to the camera, then u hear him say 'im bringing it tmrw'. Next morning SSS searched his bag and found the taser, black with a flashlight on the end.",
    fact="taser", mct=["FaceTime", "flashlight on the end"], weapon="taser", loc="front entrance", trap=True)

add("clean", "A", "serious_violence", "TyShawn Rivers", "Dorchester Academy", 11,
    "Student TyShawn punched a teacher (Mr Grady) in the jaw 2 times after being told to put his phone away. Mr. Grady's jaw is broken per the oral surgeon, he was taken by EMS. The nurse gave him a ice pack before EMS came. Multiple witnesses.",
    fact="jaw is broken", mct=["ice pack", "2 times"], loc="room 109", trap=True)

add("clean", "D", "drugs", "Noah Pritchard", "Brighton High School", 10,
    "at about two p m teacher found a small folded dollar bill with grayish powder in it on the floor under the students desk and the student tried to grab it back period the student said its fetty period the nurse said not to touch it period school police field tested it positive for fentanyl period",
    fact="grayish powder", mct=["folded dollar bill", "field tested"], subs=["fentanyl"], loc="room 207")

add("clean", "E", "weapon", "Ricardo Lima", "Madison Park Technical Vocational High School", 9,
    "Student Ricardo he lose his wallet, the teacher find it and open for see the name. Inside the wallet is the visa gift card, the student id and one small knife, the kind like a credit card that fold. The teacher bring to me. Ricardo say is from his cousin.",
    fact="small knife", mct=["visa gift card", "like a credit card"], weapon="knife", loc="main office", trap=True)

add("clean", "S", "weapon", "Jaquan Ellis", "Community Academy of Science and Health", 10,
    "[transcription of texts from SSS to principal] 'found it. glock w extended clip in the kids bookbag in the nurse office. NOT loaded, clip was in the other pocket. kids name is Jaquan 10th. hes w me' / 'bpd on way'",
    fact="extended clip", mct=["nurse office", "NOT loaded"], weapon="firearm", loc="nurse office")

add("clean", "A", "drugs", "Kiara Means", "Jeremiah E. Burke High School", 12,
    "Student Kiara handed a brown paper bag to another student in the bathroom, SSS saw it and took it. Inside was a pill bottle with 15 round green pills with 80 on them, nurse ID'd them as oxycontin 80mg. Not perscribed to her.",
    fact="oxycontin 80mg", mct=["brown paper bag", "15 round green pills"], subs=["oxycodone"], loc="girls bathroom",
    trap=True)

add("clean", "D", "weapon", "Chris Hanley", "English High School", 11,
    "new paragraph during the incident in the third floor bathroom student Chris cut his own hand on the box cutter he was holding comma there was blood on the sink and floor period he was threatening to cut another boy who came in period the custodian mister Pham took it from him period",
    fact="box cutter", mct=["third floor bathroom", "blood on the sink"], weapon="box cutter", loc="3rd floor bathroom")

add("clean", "E", "credible_threat", "Abdi Warsame", "Irving Middle School", 7,
    "The student Abdi he say to me in the lunch: if this boy talk again with my sister, tomorrow I stab him with the knife from the kitchen. I tell the AP, the AP talk with him, he say same thing again. He is very angry. The boy is scared.",
    fact="stab him with the knife", mct=["talk again with my sister", "same thing again"],
    threat="Student told a lunch monitor that if a named boy talks to his sister again he will stab him tomorrow with a kitchen knife, and repeated it to the assistant principal.",
    loc="cafeteria")

add("clean", "S", "weapon", "Destiny Albright", "Charlestown High School", 10,
    "copied from teachers email sent from phone: 'Hi - during advisory Destiny sprayed pepper spray in the air when boys were bothering her, 6 students coughing, room evacuated. I tried to address the class after but it was chaos. Can is confiscated, its the small keychain kind w/ red top. Sent from my iPhone'",
    fact="pepper spray", mct=["address the class", "6 students coughing"], weapon="pepper spray", loc="advisory room",
    trap=True)

add("clean", "A", "serious_violence", "Devin Marchetti", "Brighton High School", 12,
    "Student Devin (wearing a grey crewneck) slashed another student across the cheek with a razor in the gym locker room. Victim needs plastic surgery per Childrens. Devin left the building, police notified. Other students said it was over a girl.",
    fact="across the cheek", mct=["grey crewneck", "plastic surgery"], loc="gym locker room", trap=True)

add("clean", "D", "drugs", "Ezra Whitcomb", "Excel High School", 11,
    "the student was vaping in the bathroom and when S S S asked for the vape he emptied his pockets and had a vape pen and a small baggie with five blue pills marked M thirty period the nurse said they are probably pressed pills period",
    fact="five blue pills", mct=["M thirty", "vape pen"], subs=["vape", "counterfeit pills"], loc="2nd floor bathroom")

add("clean", "S", "weapon", "Dashawn Pryce", "Dorchester Academy", 10,
    "[IG DM screenshot turned in by a student] 'its my born day i came strapped lol' 'wym' 'pic' [photo of a folding knife in his hand, looks like the 2nd floor bathroom]. AP & SSS found a black folding knife in his sock at 11:20.",
    fact="black folding knife", mct=["born day", "in his sock"], weapon="knife", loc="2nd floor", trap=True)

add("clean", "A", "weapon", "Leon Strauss", "John D. O'Bryant School", 11,
    "Student Leon had a karambit knife (curved blade with a ring) on a lanyard around his neck under his shirt. Teacher noticed the ring sticking out in Chem lab, SSS took it. No threats made but student said 'people know not to try me'.",
    fact="karambit", mct=["on a lanyard", "Chem lab"], weapon="knife", loc="chemistry lab")

add("clean", "D", "credible_threat", "Gideon Marsh", "Curley K-8", 8,
    "while doing russian twists in gym class the student said to the teacher that he would bring a gun on Monday and shoot the two boys that laughed at him period the teacher asked him to repeat and he did period counselor and principal were informed period",
    fact="bring a gun on Monday", mct=["russian twists"],
    threat="During gym, student told the gym teacher he would bring a gun on Monday and shoot the two boys who laughed at him, and repeated it when asked.",
    loc="gym", trap=True)

add("clean", "E", "drugs", "Bruno Teixeira", "Brighton High School", 11,
    "In the C block the teacher smell the alcohol from the student Bruno, we take him to the nurse. In his bag is one small bottle of vodka and one bag with white powder and the card, he say is coke.",
    fact="bag with white powder", mct=["C block", "small bottle of vodka"], subs=["alcohol", "cocaine"],
    loc="nurse office", trap=True)

# ---------------------------------------------------------------------------------------------
# ALLOW with forbidden facts to withhold (52)
# ---------------------------------------------------------------------------------------------
add("withhold", "D", "weapon", "Rolando Mejia", "East Boston High School", 9,
    "student Rolando had a folding knife in his jacket pocket period the teacher saw it when he was in line for lunch period new paragraph mom was called comma mom does not speak English she speaks only Spanish so we used the language line period the student said he needed it because they just came from Honduras and kids on the bus bother him period",
    fact="folding knife", mct=["jacket pocket", "in line for lunch"],
    mnc=["not speak English", "only Spanish", "language line", "Honduras"], cats=["language", "national_origin"],
    weapon="knife", loc="cafeteria line")

add("withhold", "S", "weapon", "Dontae Rucker", "TechBoston Academy", 11,
    "[IG story screenshot a parent sent] student holding a silver revolver in the bathroom mirror, caption 'KILMER BLOCK 4L (B emoji) anybody frm the other side catch it'. SSS found a silver revolver with 5 rounds wrapped in his gym shorts in locker 233 at 8:40.",
    fact="silver revolver", mct=["locker 233", "5 rounds"], mnc=["KILMER BLOCK"], cats=["gang_affiliation"],
    weapon="firearm", loc="locker 233")

add("withhold", "A", "serious_violence", "Marvin Delice", "Jeremiah E. Burke High School", 10,
    "Student Marvin and 2 others jumped a student (W.J.) in the stairwell and Marvin hit him with a belt buckle, W.J. has a broken nose and 2 broken teeth. W.J. says they been calling him 'Haitain' and 'boat boy' all week. Marvins mom said they just moved to Mattapan from the shelter.",
    fact="belt buckle", mct=["broken nose", "2 broken teeth"], mnc=["Haitain", "boat boy", "Mattapan"],
    cats=["ethnicity", "neighborhood"], loc="stairwell")

add("withhold", "E", "drugs", "Dmitri Volkov", "Brighton High School", 10,
    "The student Dmitri he have in the sock the small bag with blue pills, 10 pills, the nurse say maybe fentanyl. The mother come, she only speak russian, I help translate because I speak russian too. She say they are from Ukraina, came 1 year ago, and the boy is not good since.",
    fact="blue pills", mct=["in the sock", "10 pills"], mnc=["speak russian", "Ukraina"],
    cats=["language", "national_origin"], subs=["counterfeit pills", "fentanyl"], loc="nurse office",
    tags=["foreign_words"])

add("withhold", "D", "credible_threat", "Jamari Keys", "English High School", 10,
    "new paragraph the student Jamari lives at forty two Intervale street apartment three comma zip code oh two one two one period he said to two kids in homeroom that he was going to shoot up the bus on friday with his cousins gun period both kids came to the office separately period",
    fact="shoot up the bus", mct=["cousins gun", "came to the office separately"],
    mnc=["Intervale", "oh two one two one"], cats=["neighborhood"],
    threat="Student (lives on Intervale St) told two classmates in homeroom he was going to 'shoot up the bus' on Friday with his cousin's gun; both reported it separately.",
    loc="homeroom", tags=["spelled_numbers"])

add("withhold", "S", "weapon", "Stevenson Joseph", "Dorchester Academy", 9,
    "Transcribed from WhatsApp msg from students mom to teacher (teachers translation after): 'Bonjou mis, pitit mwen an pa gen papye, tanpri pa rele lapolis' (Hello teacher, my child has no papers, please dont call police). Context: today SSS took a box cutter from his pocket after he pulled it out during an argument in the cafeteria. No one cut.",
    fact="box cutter", mct=["argument in the cafeteria", "No one cut"],
    mnc=["pitit mwen", "pa gen papye", "no papers"], cats=["immigration_status", "language"],
    weapon="box cutter", loc="cafeteria", tags=["foreign_words"])

add("withhold", "A", "weapon", "Yariel Santana", "Charlestown High School", 10,
    "Student Yariel pulled a knife on another student in the 2nd floor hallway because the other kid said something about him being Dominicn. Knife is a small silver pocket knife, SSS has it. Nobody hurt. Yariels grandma (who he lives with on Bowdoin St) picked him up.",
    fact="silver pocket knife", mct=["2nd floor hallway", "Nobody hurt"], mnc=["Dominicn", "Bowdoin"],
    cats=["ethnicity", "neighborhood"], weapon="knife", loc="2nd floor hallway")

add("withhold", "D", "drugs", "Jean-Robert Pierre-Louis", "Boston Community Leadership Academy", 11,
    "student was found with cocaine in a ziploc in his gym bag period about two grams period new paragraph the dad came in from work at the church comma he is a pastor at the haitian baptist church and he was very upset period",
    fact="cocaine in a ziploc", mct=["about two grams", "gym bag"], mnc=["pastor", "haitian", "baptist"],
    cats=["religion", "ethnicity"], subs=["cocaine"], loc="gym")

add("withhold", "E", "weapon", "Khang Nguyen", "McKay K-8", 8,
    "Student Khang he bring the knife of kitchen to school in the bag, the teacher see when he take out the notebook. He say is for protect because older boys take his money on the bus. I talk with him in Vietnamese, he understand. No one is hurt.",
    fact="knife of kitchen", mct=["take out the notebook", "on the bus"],
    mnc=["Vietnamese", "Westville", "02124"], cats=["language", "neighborhood"], weapon="knife", loc="room 12",
    extra={"home_language": "Vietnamese", "ell_level": 2, "address": {"street": "18 Westville St", "zip": "02124"}},
    tags=["structured_fields"])

add("withhold", "S", "credible_threat", "Tavaris Greene", "Madison Park Technical Vocational High School", 11,
    "Snap screenshots (3 diff students sent them): 'if any1 from the Greenleaf Boys come thru tmrw im spraying (gun emoji) got the ting in my bag'. SSS says student runs with the Toppa Block crew. Bag search at 7:50 found nothing, student sent home pending.",
    fact="got the ting in my bag", mct=["3 diff students"], mnc=["Greenleaf Boys", "Toppa Block"],
    cats=["gang_affiliation"],
    threat="Student, who SSS says runs with the Toppa Block crew, posted on Snapchat that he would be 'spraying' (shooting) at the school tomorrow and had 'the ting' (a gun) in his bag; three students reported the screenshots.",
    loc="off campus (Snapchat)")

add("withhold", "D", "serious_violence", "Hodan Farah", "Brighton High School", 10,
    "two girls attacked another girl in the bathroom and pulled her hee jab off and slammed her head on the sink comma the victim has a concussion and a cut on her forehead that needed staples period the student we are reporting is Hodan period the fight started because Hodan said the girl was a bad muslin period",
    fact="cut on her forehead", mct=["slammed her head on the sink", "staples"], mnc=["hee jab", "muslin"],
    cats=["religion"], loc="girls bathroom", tags=["misheard"])

add("withhold", "A", "weapon", "Edson Tavares", "Jeremiah E. Burke High School", 9,
    "Student Edson had brass knuckles in his bookbag, a teacher seen them when he was getting his charger out. Edson told SSS that since his family came from Cabo Verde in august kids been calling him 'cabo' and trying to fight him. Brass knuckles are silver with spikes. Parent contact thru cape verdean creole interpreter (Ms. Lopes).",
    fact="brass knuckles", mct=["silver with spikes", "getting his charger out"],
    mnc=["Cabo Verde", "'cabo'", "cape verdean creole", "interpreter"],
    cats=["national_origin", "ethnicity", "language"], weapon="brass knuckles", loc="room 204")

add("withhold", "E", "drugs", "Wei Chen", "Snowden International School", 10,
    "The student Wei he have the pills in the pencil box, 6 pills is purple color, he say is Xanax from the friend. I call the mother, we speak in Mandarin, she say they are hei hu (no have the paper) and ask please not call police.",
    fact="6 pills", mct=["pencil box", "purple color"], mnc=["Mandarin", "hei hu", "no have the paper"],
    cats=["language", "immigration_status"], subs=["xanax"], loc="room 310", tags=["foreign_words"])

add("withhold", "S", "weapon", "Josue Batista", "Excel High School", 9,
    "[txt from SSS Rivera 9:14] MR D COME TO THE FRONT. KID FROM ROZZIE W THE 'AIRSOFT' ITS NOT AIRSOFT ITS A REAL GUN. UNLOADED. HES CALM [9:16] HIS NAME IS JOSUE 9TH GRADE. SAYS HE FOUND IT NEAR HIS BUILDING ON WASHINGTON ST",
    fact="REAL GUN", mct=["UNLOADED", "HES CALM"], mnc=["ROZZIE", "WASHINGTON ST"], cats=["neighborhood"],
    weapon="firearm", loc="front entrance", tags=["hard"])

add("withhold", "D", "weapon", "Gabriel Reis", "Boston Arts Academy", 11,
    "student Gabriel had a knife with a six inch blade in his backpack period the art teacher saw it period new paragraph he told the counselor he carries it because he walks home alone to jamaica plane from the bus and got robbed last month period",
    fact="six inch blade", mct=["got robbed last month", "the art teacher saw it"], mnc=["jamaica plane"],
    cats=["neighborhood"], weapon="knife", loc="art room", tags=["misheard"])

add("withhold", "A", "weapon", "Brayan Cruz", "John D. O'Bryant School", 10,
    "Student Brayan had a taser in his backpack, found during a search after he showed it to friends in the library. He said he carries it bc his family is un documented and hes scared walking from the bus at night. Taser confiscated, its black, about 6 in.",
    fact="taser", mct=["in the library", "about 6 in"], mnc=["un documented"], cats=["immigration_status"],
    weapon="taser", loc="library")

add("withhold", "E", "credible_threat", "Youssef Amrani", "Brighton High School", 9,
    "The student Youssef and the other boy have problem about the phone. Youssef say tomorrow he bring the knife and finish him after school. I talk with Youssef in arabic, he say the boy insult him because he is muslim and go to masjid every friday, he is very angry. He say again he will do it.",
    fact="bring the knife", mct=["finish him after school", "problem about the phone"],
    mnc=["in arabic", "muslim", "masjid"], cats=["language", "religion"],
    threat="Student told a staff member he will bring a knife tomorrow and 'finish' another student after school over a dispute about a phone, and repeated it.",
    loc="hallway")

add("withhold", "S", "drugs", "Jovan Whitaker", "Dorchester Academy", 11,
    "IG post transcription (public acct): pic of white pills + cash on a school desk (rm 117 number visible), caption '(pill emoji) percs on deck (P emoji) Franklin Field Stand Up #FFL'. SSS says FFL is the crew he runs with. AP searched student at 9:15 and found 20 white round pills marked M 523 (oxycodone per nurse) in his jacket.",
    fact="20 white round pills", mct=["rm 117", "M 523"], mnc=["Franklin Field", "FFL"],
    cats=["neighborhood", "gang_affiliation"], subs=["oxycodone"], loc="room 117")

add("withhold", "D", "serious_violence", "Tyrell Banks", "Fenway High School", 10,
    "student Tyrell hit a boy in the face with a metal water bottle comma the boy lost two teeth and has a broken cheekbone period new paragraph Tyrells case worker from the refugee resettlement agency was called because Tyrell lives with a foster family period",
    fact="metal water bottle", mct=["broken cheekbone", "lost two teeth"], mnc=["refugee"],
    cats=["immigration_status"], loc="courtyard")

add("withhold", "A", "weapon", "Thiago Moraes", "Brighton High School", 9,
    "Student Thiago had a knife (kitchen knife, 7 in) in his backpack, found by SSS at the door. Mom came in and only speaks portugese, Ms. Souza translated. Mom said they came from Brasil in November and the boy is scared of the older boys at the bus stop. Knife confiscated.",
    fact="kitchen knife, 7 in", mct=["found by SSS at the door"], mnc=["portugese", "Brasil"],
    cats=["language", "national_origin"], weapon="knife", loc="front door")

add("withhold", "E", "weapon", "Ibrahim Diallo", "Community Academy of Science and Health", 10,
    "The student Ibrahim he have the box cuter in the pocket, he use for cut the tape in the art class but after he show to the boy and say I cut you. The boy scare. I take the box cuter. The father tell me they have the case of asilum in the court next month, please be careful.",
    fact="box cuter", mct=["art class", "I cut you"], mnc=["asilum"], cats=["immigration_status"],
    weapon="box cutter", loc="art room")

add("withhold", "S", "serious_violence", "Jaylen Moss", "Excel High School", 11,
    "Transcribed from a TikTok (now deleted, screen recorded by a teacher): student Jaylen and 2 others stomping a kid by the bike rack behind the school, u can hear 'HOLLANDER WHAT' and 'thats for lil dre'. Victim (9th grader) has a broken arm + facial fractures, at BMC. Jaylen identified by his voice and shoes by 2 staff. SSS says Hollander is the crew Jaylen runs with.",
    fact="broken arm", mct=["bike rack", "facial fractures"], mnc=["Hollander"], cats=["gang_affiliation"],
    loc="bike rack behind school", trap=True)

add("withhold", "D", "drugs", "Kobe Gaskins", "TechBoston Academy", 11,
    "the student was selling molly in the bathroom period he had fourteen capsules in a pringles can period new paragraph note his address in aspen is wrong he moved to the Orchard Park development in rocksbury oh two one one nine",
    fact="fourteen capsules", mct=["pringles can"], mnc=["Orchard Park", "rocksbury", "oh two one one nine"],
    cats=["neighborhood"], subs=["mdma"], loc="2nd floor bathroom", tags=["misheard", "spelled_numbers"])

add("withhold", "A", "credible_threat", "Duc Pham", "Snowden International School", 9,
    "Student Duc told Ms. Lin during class 'I will burn this school down with everybody inside on Friday'. SSS searched his backpack and found a lighter and a small bottle of lighter fluid. Ms Lin spoke with him in tieng Viet since his English is still limited (EL level 2) and he repeated it.",
    fact="lighter fluid", mct=["burn this school down"], mnc=["tieng Viet", "English is still limited", "EL level 2"],
    cats=["language"],
    threat="Student told a teacher during class 'I will burn this school down with everybody inside on Friday' and repeated it; a lighter and lighter fluid were found in his backpack.",
    loc="room 215", tags=["foreign_words"])

add("withhold", "S", "weapon", "Xander Velez", "Charlestown High School", 10,
    "[text screenshot student to student, turned in by the kid who got it] 'YOU THINK CUZ UR BORICUA U RUN THIS SCHOOL?? I GOT THE BLICK IN MY LOCKER SAY SUMN'. Locker 340 searched 10:05 w/ AP: a black handgun, unloaded, in a shoebox.",
    fact="black handgun", mct=["Locker 340", "in a shoebox"], mnc=["BORICUA"], cats=["ethnicity"],
    weapon="firearm", loc="locker 340")

add("withhold", "D", "drugs", "Jennifer Alvarado", "East Boston High School", 11,
    "the student Jennifer had a vape and also a bag with a white powder the nurse believes is cocaine period she said its for a party period new paragraph the grandmother came and said through the Spanish interpreter that the family is indocumentada and begged us not to call the police period",
    fact="white powder", mct=["for a party"], mnc=["Spanish interpreter", "indocumentada"],
    cats=["language", "immigration_status"], subs=["vape", "cocaine"], loc="nurse office",
    tags=["foreign_words"])

add("withhold", "E", "serious_violence", "Abdirahman Hassan", "English High School", 11,
    "The student Abdirahman he fight with boy in the bus stop after school, he take the stone and hit the boy in the head many times. The boy is in hospital, he have bleeding in the brain. Abdirahman family come from Somalia 2 years, they live in the building of Mission Main. I know the family from the masjid.",
    fact="bleeding in the brain", mct=["hit the boy in the head many times"], mnc=["Somalia", "Mission Main", "masjid"],
    cats=["national_origin", "neighborhood", "religion"], loc="bus stop outside school")

add("withhold", "A", "weapon", "Marcus Odom", "Madison Park Technical Vocational High School", 10,
    "Student Marcus (tall black kid w locs, 10th) flashed a knife at a group of freshman by the vending machines and said 'run ur pockets'. Knife was a folding knife w/ a camo handle, SSS got it out of his sock.",
    fact="camo handle", mct=["vending machines", "out of his sock"], mnc=["black kid"], cats=["ethnicity"],
    weapon="knife", loc="vending machines")

add("withhold", "D", "weapon", "Kareem Lowry", "John D. O'Bryant School", 10,
    "student Kareem was in possession of brass knuckles in his hoodie pocket period he showed them to a teacher and said he needs them for the walk period new paragraph contact info update his new address is one hundred twelve geneva avenue apartment two dorchester oh two one two one period",
    fact="brass knuckles", mct=["hoodie pocket"], mnc=["geneva avenue", "dorchester", "oh two one two one"],
    cats=["neighborhood"], weapon="brass knuckles", loc="room 118", tags=["spelled_numbers"])

add("withhold", "S", "credible_threat", "Darius Coleman", "Boston Community Leadership Academy", 11,
    "IG live (screen rec from a student): student waves a gun at the camera, says 'monday at school Keshawn u gone see' and 'this Castle Sq we dont play'. Keshawn is an 11th grader here. School police say student is in the H-Block crew.",
    fact="waves a gun at the camera", mct=["monday at school"], mnc=["Castle Sq", "H-Block"],
    cats=["neighborhood", "gang_affiliation"],
    threat="On an Instagram live video, student waved what appeared to be a handgun and said a named classmate would 'see' on Monday at school.",
    loc="off campus (Instagram live)")

add("withhold", "E", "drugs", "Woodley Charles", "Jeremiah E. Burke High School", 10,
    "Student Woodley he sell the pills in the bathroom, we find 9 pills blue color, M30, in the sock. I am the paraprofessional, I speak with the mother in creole, she cry, she say nou fenk rive sot Ayiti, tanpri. She say they have TPS only.",
    fact="9 pills blue color", mct=["in the sock"], mnc=["creole", "fenk rive", "Ayiti", "TPS only"],
    cats=["language", "national_origin", "immigration_status"], subs=["counterfeit pills", "fentanyl"],
    loc="boys bathroom", tags=["foreign_words"])

add("withhold", "A", "weapon", "Lina Odeh", "Fenway High School", 10,
    "Student Lina had pepper spray in her purse and sprayed it at 2 girls in the bathroom. She said they keep calling her names and pulling her scarf bc shes Muslim and Palestinian. Both girls were treated by the nurse for eye irritation.",
    fact="pepper spray", mct=["eye irritation", "2 girls in the bathroom"], mnc=["Muslim", "Palestinian"],
    cats=["religion", "ethnicity"], weapon="pepper spray", loc="girls bathroom")

add("withhold", "D", "weapon", "Ayaan Mohamed", "Lilla G. Frederick Middle School", 8,
    "the student Ayaan had a box cutter in her backpack period she said it was for protection on the bus period new paragraph her mom speaks somali only so we called the interpreter line period family lives at the Mildred Hailey apartments period",
    fact="box cutter", mct=["protection on the bus"], mnc=["somali", "interpreter line", "Mildred Hailey"],
    cats=["language", "neighborhood"], weapon="box cutter", loc="main office")

add("withhold", "S", "drugs", "Elvin Reyes", "Brighton High School", 11,
    "Snap transcript from confiscated phone (AP + parent present): '(flag: Dominican Republic)(flag: Dominican Republic) plug got the blues again' / 'how many' / '30 for 300'. Student had 30 blue pills marked M30 in a vitamin bottle in his bag.",
    fact="vitamin bottle", mct=["30 blue pills"], mnc=["Dominican Republic"], cats=["national_origin"],
    subs=["counterfeit pills"], loc="AP office", tags=["emoji"])

add("withhold", "A", "credible_threat", "Kevin Caceres", "Snowden International School", 10,
    "Student Kevin told 3 kids at lunch that hes bringing his brothers gun this week to shoot the kid who 'called ICE on his dad'. His dad was detained by ICE last month and is in deportation proceedings per the counselor. Kids reported to counselor at 1pm.",
    fact="brothers gun", mct=["3 kids at lunch"], mnc=["ICE on his dad", "detained by ICE", "deportation"],
    cats=["immigration_status"],
    threat="Student told three classmates he is bringing his brother's gun this week to shoot a specific classmate; the classmates reported it to the counselor.",
    loc="cafeteria")

add("withhold", "D", "serious_violence", "Denilson Gomes", "Dorchester Academy", 9,
    "during lunch student Denilson hit another student over the head with a lunch tray and then kicked him while he was down comma the other student needed stitches on his head and has a concussion period",
    fact="lunch tray", mct=["stitches on his head", "concussion"],
    mnc=["WIDA 1.8", "Cape Verdean Creole", "Cabo Verde"], cats=["language", "national_origin"], loc="cafeteria",
    extra={"ell_status": "Active EL - WIDA 1.8", "home_language": "Cape Verdean Creole",
           "country_of_birth": "Cabo Verde"}, tags=["structured_fields"])

add("withhold", "E", "weapon", "Artem Sokolov", "Charlestown High School", 10,
    "The student Artem he show the gun to the friends in the locker room, is black gun, small. The coach take it, is without bullet. I speak with Artem in russian, he say is from the father, the father have the gun for job in security. The family is from Moldova, they are ortodox and go to the church every sunday.",
    fact="black gun, small", mct=["locker room", "without bullet"], mnc=["in russian", "Moldova", "ortodox"],
    cats=["language", "national_origin", "religion"], weapon="firearm", loc="locker room")

add("withhold", "S", "weapon", "Trevon Bishop", "English High School", 12,
    "Tweet screenshot from students acct: 'caught a opp lackin on the 3rd flr today (laughing emoji) next time its the switch' + photo of a knife in his hand. SSS found the knife in his bag, a 6 inch fixed blade. Student is a known member of the Fessy Gang per SSS and his DYS worker.",
    fact="6 inch fixed blade", mct=["3rd flr"], mnc=["Fessy Gang", "known member"], cats=["gang_affiliation"],
    weapon="knife", loc="3rd floor")

add("withhold", "A", "serious_violence", "Fatima Sesay", "Excel High School", 9,
    "Student Fatima pushed another girl down the front stairs, the girl broke her wrist and ankle, EMS came. Fatimas aunt came and said the family is waiting on there green card and please dont call the police, she was crying. Fatima said the girl pulled her hair first.",
    fact="broke her wrist and ankle", mct=["front stairs"], mnc=["green card"], cats=["immigration_status"],
    loc="front stairs")

add("withhold", "D", "drugs", "Angel Figueroa", "Madison Park Technical Vocational High School", 10,
    "the student Angel had twenty small bags of cocaine in his shoe period new paragraph his mother told the counselor in spanish that he is in a pandilla and she is scared of them period",
    fact="twenty small bags", mct=["in his shoe"], mnc=["pandilla", "in spanish"],
    cats=["gang_affiliation", "language"], subs=["cocaine"], loc="counseling office", tags=["foreign_words"])

add("withhold", "E", "weapon", "Linh Tran", "McKay K-8", 8,
    "Student Linh bring the taser to school, she show in the bus and press, make the noise, the kids scared. The driver call the school. I am the Vietnamese para. The mother say Linh is good girl, go to the chua every Sunday, she need the taser because the boys follow her.",
    fact="taser", mct=["in the bus"], mnc=["Vietnamese", "chua"], cats=["language", "religion"],
    weapon="taser", loc="school bus", tags=["foreign_words"])

add("withhold", "S", "credible_threat", "Tevin Hargrove", "John D. O'Bryant School", 11,
    "Screens from victims phone: [from 'Tee (shark emoji)'] 'come outside at 3 i got sumn for u' [photo: gun handle in a waistband] 'u not from here u from eastie go back'. Number is student Tevins per his emergency card. Dismissal was held & school police notified.",
    fact="gun handle in a waistband", mct=["come outside at 3"], mnc=["eastie"], cats=["neighborhood"],
    threat="Student texted a classmate 'come outside at 3 i got sumn for u' with a photo of a gun handle in a waistband, after an argument that day.",
    loc="off campus (text messages)")

add("withhold", "A", "weapon", "Quan Pham", "Boston International Newcomers Academy", 10,
    "Student Quan brought a butterfly knife and showed it to 2 students during lunch. He told SSS kids been calling him 'chino' and making fun of him bc hes Viet and just started here in Jan. Knife is confiscated (silver, 4in).",
    fact="butterfly knife", mct=["silver, 4in"], mnc=["chino", "Viet"], cats=["ethnicity"], weapon="knife",
    loc="cafeteria")

add("withhold", "D", "serious_violence", "Shanice Barrett", "Boston Latin Academy", 10,
    "student Shanice hit a classmate in the head with a glass bottle in the courtyard comma the classmate had a deep cut that needed twelve stitches period new paragraph the mother who is from jamaica came in comma she said they are here on a visitor visa that ran out last year period",
    fact="glass bottle", mct=["twelve stitches", "courtyard"], mnc=["from jamaica", "visitor visa"],
    cats=["national_origin", "immigration_status"], loc="courtyard")

add("withhold", "E", "weapon", "Omar Khalil", "Community Academy of Science and Health", 9,
    "Student Omar have the knife in the bag, the teacher of science find when the bag fall. Is kitchen knife. He say for protection, the boys say to him go back to your country. The family is refugee from Syria, they come 2024. I translate for the father in arabic.",
    fact="kitchen knife", mct=["teacher of science"], mnc=["Syria", "refugee", "in arabic"],
    cats=["national_origin", "immigration_status", "language"], weapon="knife", loc="science room")

add("withhold", "S", "drugs", "Marquis Fulton", "Dorchester Academy", 12,
    "Text from SSS to AP: 'found 3 bags of blues + a scale in Marquis bag. he said he lives on Lenox st in the building next to the store and somebody put it there lol'",
    fact="a scale", mct=["3 bags of blues"], mnc=["Lenox"], cats=["neighborhood"], subs=["counterfeit pills"],
    loc="hallway")

add("withhold", "A", "weapon", "Samuel Osei-Bonsu", "TechBoston Academy", 11,
    "Student Samuel pulled a box cutter on a classmate in the library. Classmate not injured. Samuel said the kid was making fun of him for being jehovah witness and not doing the pledge. Dad came in from the Kingdom Hall.",
    fact="box cutter", mct=["in the library", "not injured"], mnc=["jehovah witness", "Kingdom Hall"],
    cats=["religion"], weapon="box cutter", loc="library")

add("withhold", "D", "serious_violence", "Malachi Dunn", "Jeremiah E. Burke High School", 11,
    "student Malachi stabbed another student in the side with a screwdriver in the stairwell period the student has a punctured lung and is in surgery at B M C period new paragraph according to the school police Malachi is listed as a member of the Sav Mob crew period",
    fact="punctured lung", mct=["screwdriver", "stairwell"], mnc=["Sav Mob"], cats=["gang_affiliation"],
    loc="stairwell")

add("withhold", "E", "drugs", "Kervens Jean", "Fenway High School", 10,
    "The student Kervens he have the small bag with many white pills, the nurse say look like oxy. He find in the bathroom he say. Is 15 pills.",
    fact="15 pills", mct=["many white pills"], mnc=["Haitian Creole", "Nightingale", "02124"],
    cats=["language", "neighborhood"], subs=["oxycodone"], loc="nurse office",
    extra={"primary_language": "Haitian Creole", "address": "77 Nightingale St Apt 1, Boston MA 02124"},
    tags=["structured_fields"])

add("withhold", "S", "weapon", "Nilton Barros", "English High School", 10,
    "Students mom sent voice msg, transcribed by Ms. Fernandes: 'N ta pidi bo pa ka txoma pulisia, nos ka ten papel' (Im asking you not to call police, we dont have papers). Context: this AM student was caught with a switchblade in the bathroom, showing it to 2 boys.",
    fact="switchblade", mct=["showing it to 2 boys"], mnc=["N ta pidi", "ka ten papel", "dont have papers"],
    cats=["immigration_status", "language"], weapon="knife", loc="bathroom", tags=["foreign_words"])

add("withhold", "A", "credible_threat", "Jonathan Pierre", "Boston Arts Academy", 10,
    "Student Jonathan wrote 'BOMB IN THE GYM 1PM FRIDAY' on his desk in Spanish class. When Sra. Medina asked he admitted it and said he 'has stuff at home to make one'. Counselor says hes been struggling, home language is Kreyol and dad went back to Haiti in Dec.",
    fact="BOMB IN THE GYM 1PM FRIDAY", mct=["Spanish class"], mnc=["Kreyol", "Haiti"],
    cats=["language", "national_origin"],
    threat="Student wrote 'BOMB IN THE GYM 1PM FRIDAY' on his desk, admitted it, and said he has materials at home to make one.",
    loc="room 302", trap=True)

add("withhold", "D", "weapon", "Kendrick Wells", "Boston Community Leadership Academy", 10,
    "student Kendrick had a pocket knife and a lighter period he was seen on the hallway camera passing the knife to another student period new paragraph the A P recognized him on the video comma he lives in the Bromley Heath development period",
    fact="pocket knife", mct=["hallway camera", "recognized him on the video"], mnc=["Bromley Heath"],
    cats=["neighborhood"], weapon="knife", loc="2nd floor hallway", trap=True)

# ---------------------------------------------------------------------------------------------
# DENY (38)
# ---------------------------------------------------------------------------------------------
# ground_not_permitted (8)
add("deny", "S", "fight", "Maya Ellison", "English High School", 9,
    "From a screenshot of the 9th grade groupchat someone sent the AP: 'FIGHT AT 2:15 BY THE BASEBALL FIELD (boxing glove emoji x2) MAYA VS JADA'. It happened at 2:20, both girls had scratches, Maya had a bloody lip, nurse gave ice. No weapons. Both suspended 2 days.",
    reason="ground_not_permitted", loc="baseball field")

add("deny", "D", "gang_activity", "Jayden Rollins", "Excel High School", 10,
    "assistant principal dictating period we are submitting this because student Jayden is believed to be in the Hollander crew comma he was throwing up hand signs in the cafeteria and wearing the colors period there was no weapon and no one was hurt period new paragraph we want the unit to be aware",
    reason="ground_not_permitted", mnc=["Hollander"], cats=["gang_affiliation"], loc="cafeteria")

add("deny", "E", "immigration_inquiry", "Kevin Morales", "East Boston High School", 10,
    "The father of the student Kevin come to the office and say he is no papers and the men in the car wait outside every morning, he think is the ICE. We want to ask the police if this is true and if they can help the family.",
    reason="ground_not_permitted", mnc=["no papers", "is the ICE"], cats=["immigration_status"], loc="main office")

add("deny", "A", "theft", "Connor Baptiste", "Brighton High School", 11,
    "Student took Mr Costas laptop and a pair of AirPods from rm 210 during lunch, its on the hallway camera, he walked out with the laptop under his hoodie. Laptop recovered from his locker, AirPods still missing.",
    reason="ground_not_permitted", loc="room 210")

add("deny", "S", "vandalism", "Ezekiel Monroe", "Charlestown High School", 10,
    "TikTok (screen recd by a teacher) shows student spray painting his tag 'ZEKE' on the back wall of the gym + breaking 2 windows w/ a rock. Caption 'school been mad boring (skull emoji)'. Damage estimate $3,400.",
    reason="ground_not_permitted", loc="gym exterior")

add("deny", "D", "truancy", "Marco Delgado", "TechBoston Academy", 10,
    "student has missed thirty one days this year period the mother says he is working at a restaurant period new paragraph home visit was made to their apartment on Dudley street in rocksbury comma nobody answered period",
    reason="ground_not_permitted", mnc=["Dudley street", "rocksbury"], cats=["neighborhood"], loc="n/a",
    tags=["misheard"])

add("deny", "E", "suspicious_behavior", "Anderson Vieira", "Snowden International School", 11,
    "The student every day after school he stay near the gate and talk with the older men in the car. I think maybe he sell something but I am not sure, I don't see nothing in the hand. Please the police can watch him.",
    reason="ground_not_permitted", loc="front gate")

add("deny", "A", "trespass", "Raymond Hurley", "Boston Community Leadership Academy", 12,
    "Former student (graduated last yr) came in thru the side door by the cafeteria that was propped open & walked around the 3rd floor for 20 min looking for his ex. Left when SSS asked him to. Not threatening anybody.",
    reason="ground_not_permitted", loc="3rd floor")

# excluded_substance (8)
add("deny", "D", "drugs", "Tristan Boyle", "Madison Park Technical Vocational High School", 10,
    "during a bag search for a missing phone the S S S found a ziploc bag of weed about an eighth and a grinder period the student said its his older brothers period",
    reason="excluded_substance", subs=["marijuana"], loc="room 130")

add("deny", "S", "drugs", "Jalen Morrow", "Brighton High School", 11,
    "Snap msgs on students phone (he unlocked it for the AP w/ dad present): 'u still got carts?' 'ya 35 each, the blue razz ones'. In his bag: 4 THC carts (Packwoods brand) + a battery.",
    reason="excluded_substance", subs=["THC cartridge"], loc="AP office")

add("deny", "A", "drugs", "Sofia Ruggiero", "Boston Latin Academy", 9,
    "Student was caught hitting a vape in the 2nd floor girls bathroom. Its a pink disposable, no label, we dont know if its nicotine or THC. Student said 'its just a regular vape'.",
    reason="excluded_substance", subs=["vape"], loc="2nd floor girls bathroom")

add("deny", "E", "drugs", "Marcos Silveira", "Charlestown High School", 10,
    "The student Marcos drink the beer in the school bus in the morning, the driver see him and call. He have 2 cans in the bag, one is empty. He is not drunk very much but smell. The mother speak only Portuguese, the school call with the interpreter.",
    reason="excluded_substance", subs=["beer"], mnc=["only Portuguese", "interpreter"], cats=["language"],
    loc="school bus")

add("deny", "D", "drugs", "Kaylee Dorsey", "Fenway High School", 11,
    "student was passing out gummies in science class that had T H C in them period the package says five hundred milligrams period two students got sick and went to the nurse period new paragraph family lives at the Franklin Hill apartments",
    reason="excluded_substance", subs=["edibles"], mnc=["Franklin Hill"], cats=["neighborhood"], loc="science class")

add("deny", "S", "drugs", "Brody Kincaid", "John D. O'Bryant School", 12,
    "Transcribed from a students IG story: 'zyn in the lip during the MCAS (flexed biceps emoji)'. AP found 2 cans of Zyn nicotine pouches in his locker.",
    reason="excluded_substance", subs=["nicotine pouches"], loc="locker")

add("deny", "A", "drugs", "Damien Holt", "Dorchester Academy", 11,
    "Student found in the stairwell with a blunt and 3 nips of Fireball in his hoodie pocket. Said he got it from a older kid where he lives in the Cathedral projects.",
    reason="excluded_substance", subs=["marijuana", "alcohol"], mnc=["Cathedral projects"], cats=["neighborhood"],
    loc="stairwell")

add("deny", "E", "drugs", "Amina Yusuf", "Community Academy of Science and Health", 10,
    "The student she smoke the cigarette in the bathroom and also have the vape, color blue. The smoke detector is ring, everybody go out of the building. She say sorry. The father is imam, the family is embarrass.",
    reason="excluded_substance", subs=["cigarettes", "vape"], mnc=["imam"], cats=["religion"], loc="bathroom")

# recipient_not_permitted (7)
add("deny", "D", "weapon", "Elmer Quintanilla", "East Boston High School", 10,
    "student had a switchblade in his backpack period new paragraph the students family is sin papeles according to the counselor so we are sending this to the agency period",
    reason="recipient_not_permitted", weapon="knife", recipient="ice/ero-boston", mnc=["sin papeles"],
    cats=["immigration_status"], loc="main office", tags=["foreign_words"])

add("deny", "S", "serious_violence", "Tavon Greer", "Jeremiah E. Burke High School", 11,
    "[txt thread AP to SSS] 'the kid who stabbed the freshman w the scissors is Tavon, he reps the Kilmer Block' / 'victim at BMC w a punctured lung' / 'sending to BRIC too'",
    reason="recipient_not_permitted", recipient="bric", mnc=["Kilmer Block"], cats=["gang_affiliation"],
    loc="hallway")

add("deny", "A", "drugs", "Edwin Ajanel", "Snowden International School", 10,
    "Student found with 40 pressed blue pills (M30) in a sock in his locker, nurse thinks fentanyl. Counselor says family came from Guatemala last yr.",
    reason="recipient_not_permitted", subs=["fentanyl"], recipient="commonwealth-fusion-center",
    mnc=["Guatemala"], cats=["national_origin"], loc="locker")

add("deny", "E", "credible_threat", "Ali Mansour", "Brighton High School", 11,
    "The student Ali he say in the class: Monday I bring the gun and I shoot the teacher. Many students hear. He is angry because the grade.",
    reason="recipient_not_permitted", recipient="dhs/hsi-boston",
    threat="Student said in class 'Monday I bring the gun and I shoot the teacher'; many students heard it.",
    loc="classroom")

add("deny", "S", "weapon", "Brianna Cole", "Excel High School", 10,
    "email from the security contractor: 'can u send us the report on the girl w the mace, she sprayed 3 kids by the buses'. It was a small black can of mace, 3 students eyes burning.",
    reason="recipient_not_permitted", weapon="mace", recipient="allied-universal-security", loc="bus line")

add("deny", "D", "serious_violence", "Khalil Brooks", "English High School", 11,
    "student punched another student on the orange line platform after school comma the other student fell and broke his wrist and has a concussion period the transit police asked for a copy period",
    reason="recipient_not_permitted", recipient="mbta-transit-police", loc="orange line platform")

add("deny", "A", "weapon", "Jermaine Tate", "Madison Park Technical Vocational High School", 12,
    "Student brought a loaded 9mm to school in his bookbag, found by SSS at 8:05 at the door. The FBI agent who came asked for the report to be sent to them.",
    reason="recipient_not_permitted", weapon="firearm", recipient="fbi/boston-field-office", loc="front door")

# missing_threat_statement (6)
add("deny", "D", "credible_threat", "Lucas Whitney", "Curley K-8", 8,
    "the student said in the hallway that he was going to shoot up the school tomorrow period several kids heard it period new paragraph mom says he has been talking like this at home period",
    reason="missing_threat_statement", loc="hallway")

add("deny", "S", "credible_threat", "Rashawn Ivey", "TechBoston Academy", 11,
    "IG story screenshot: student holding what looks like a rifle, caption 'DONT COME TO SCHOOL MONDAY (skull emoji x2)'. 12 students reported it. SSS says hes with the Sav Mob.",
    reason="missing_threat_statement", threat="", mnc=["Sav Mob"], cats=["gang_affiliation"],
    loc="off campus (Instagram)")

add("deny", "A", "credible_threat", "Luis Almanzar", "Charlestown High School", 10,
    "Student told his counselor that he 'might bring something' for the boys in his gym class who keep messing with him. He wouldnt say what. Dad was called, dad said they moved here from Dominican Republic 2 yrs ago and his son is a good kid.",
    reason="missing_threat_statement", mnc=["Dominican Republic"], cats=["national_origin"], loc="counseling office")

add("deny", "E", "credible_threat", "Hamza Said", "Irving Middle School", 7,
    "The student write in the paper for English class: I will kill everybody in this school. The teacher give to me. He say is a joke.",
    reason="missing_threat_statement", threat="", loc="room 204")

add("deny", "D", "credible_threat", "Jordan Beckett", "Boston Arts Academy", 10,
    "new paragraph a student reported that Jordan said on the bus he has a gun at his house in hide park and he is bringing it friday for the boy who jumped his brother period",
    reason="missing_threat_statement", mnc=["hide park"], cats=["neighborhood"], loc="school bus",
    tags=["misheard"])

add("deny", "S", "credible_threat", "Nathaniel Ross", "Fenway High School", 11,
    "Anonymous tip thru the tip line app (transcribed): 'Nate said hes gonna stab Marcus after 7th period he got his moms knife in his bag'.",
    reason="missing_threat_statement", loc="unknown")

# face_surveillance (6)
add("deny", "A", "weapon", "Roberto Linares", "Jeremiah E. Burke High School", 10,
    "Student with a knife in the cafeteria took off before SSS got there. We ran the cafeteria cam still thru Clearview (the detective had access) and it came back as this student, match attached. Knife was a black folding knife, found on the floor.",
    reason="face_surveillance", weapon="knife", mnc=["Clearview"], cats=["face_surveillance"], loc="cafeteria",
    att=[{"kind": "face_match", "name": "clearview_hit_0412.pdf"}])

add("deny", "D", "serious_violence", "Darnell Ruiz", "Excel High School", 11,
    "the student who hit the teacher with the chair ran away period we ran the hallway video through the face recognition program and it said it was him with ninety one percent confidence period the teacher has a broken arm period",
    reason="face_surveillance", mnc=["ninety one percent"], cats=["face_surveillance"], loc="hallway")

add("deny", "S", "weapon", "Tyler Greaves", "Brighton High School", 10,
    "SSS found a gun in the 2nd flr boys bathroom trash at 11:40. To find who left it SSS Dorsey ran a still from the hallway cam on PimEyes on his phone & it pulled up the students IG, its him.",
    reason="face_surveillance", weapon="firearm", mnc=["PimEyes"], cats=["face_surveillance"], loc="2nd floor bathroom")

add("deny", "E", "serious_violence", "Ramon Estrella", "Snowden International School", 10,
    "The boy who cut the other boy with the blade in the bathroom we think is the student Ramon but not sure. We send all the photos of the 10 grade from the yearbook, so the police can put in the computer and find the face match with the video.",
    reason="face_surveillance", cats=["face_surveillance"], loc="bathroom",
    att=[{"kind": "photo", "name": "grade10_yearbook_photos.zip"}])

add("deny", "A", "drugs", "Corey Lamb", "TechBoston Academy", 11,
    "Student was seen on the camera selling pills by the gym. The camera systems face ID feature (BriefCam) flagged him with a 0.87 match score to his student ID photo. Pills were M30s, nurse thinks fentanyl.",
    reason="face_surveillance", subs=["fentanyl"], mnc=["BriefCam", "0.87 match"], cats=["face_surveillance"],
    loc="gym", att=[{"kind": "face_match", "name": "briefcam_alert.png"}])

add("deny", "D", "credible_threat", "Jalil Warren", "Boston Community Leadership Academy", 10,
    "the person in the video had a mask on half his face so we used the face scan app to compare him to all the student I D pictures and it came back as this student period he said in the video he will shoot people at dismissal period",
    reason="face_surveillance", cats=["face_surveillance"], loc="off campus (video)",
    threat="A person in a posted video said he will shoot people at dismissal.",
    att=[{"kind": "face_match", "name": "facescan_compare_result.pdf"}])

# other: replica / BB / airsoft (3)
add("deny", "S", "weapon", "Mason Doyle", "Charlestown High School", 9,
    "[snap screenshot] student posing in the bathroom w a gun, caption 'try me'. SSS found it in his bag: its an airsoft pistol, black, orange tip painted over. No BBs in it.",
    reason="other", weapon="airsoft gun", loc="bathroom")

add("deny", "D", "weapon", "Caleb Pruitt", "Curley K-8", 7,
    "student had a b b gun in his backpack period it looks like a real pistol but it shoots b bs period new paragraph he said he uses it for target practice in the yard period",
    reason="other", weapon="BB gun", loc="room 14")

add("deny", "E", "weapon", "Felix Ortega", "Irving Middle School", 8,
    "The student have the gun of toy but look very real, black, heavy. The teacher is very scared. Is replica, the SSS check, is not fire. The mother say she buy for him in the store of toys.",
    reason="other", weapon="replica gun", loc="classroom")


# ---------------------------------------------------------------------------------------------
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def school_days():
    skip = set()
    for a, b in [((2025, 11, 26), (2025, 11, 28)), ((2025, 12, 22), (2026, 1, 2)),
                 ((2026, 2, 16), (2026, 2, 20)), ((2026, 4, 20), (2026, 4, 24))]:
        d = datetime.date(*a)
        while d <= datetime.date(*b):
            skip.add(d)
            d += datetime.timedelta(days=1)
    d, out = datetime.date(2025, 9, 8), []
    while d <= datetime.date(2026, 6, 12):
        if d.weekday() < 5 and d not in skip:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


TIMES = ["07:50", "08:10", "08:40", "09:15", "09:45", "10:20", "10:52", "11:20", "11:40", "12:10",
         "12:40", "13:15", "13:50", "14:20", "15:05"]


def occurred(i, days):
    d = days[(i * 37) % len(days)]
    dst = d < datetime.date(2025, 11, 2) or d >= datetime.date(2026, 3, 8)
    return f"{d.isoformat()}T{TIMES[(i * 7) % len(TIMES)]}:00{'-04:00' if dst else '-05:00'}"


def dob(i, grade):
    month = (i * 5) % 12 + 1
    year = (2010 + 9 - grade) if month >= 9 else (2011 + 9 - grade)
    return f"{year}-{month:02d}-{(i * 7) % 28 + 1:02d}"


KIND_TAG = {"clean": "allow_clean", "withhold": "allow_withhold"}
REASON_TAG = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
              "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
              "face_surveillance": "deny_face", "other": "deny_replica"}


def build():
    days = school_days()
    lines = []
    for i, c in enumerate(CASES, 1):
        cid = f"OZ-{i:04d}"
        req = {"request_id": cid, "school_id": SCHOOLS[c["school"]],
               "recipient": c["recipient"] or BPD_UNITS[i % len(BPD_UNITS)], "ground": c["ground"]}
        if c["subs"] is not None:
            req["substances"] = c["subs"]
        if c["weapon"] is not None:
            req["weapon"] = c["weapon"]
        if c["threat"] is not None:
            req["threat_statement"] = c["threat"]
        req["incident"] = {"occurred_at": occurred(i, days), "location": c["loc"] or c["school"],
                           "description": c["desc"]}
        stu = {"student_id": f"{(i * 7919 + 130000) % 900000 + 100000}", "name": c["name"],
               "date_of_birth": dob(i, c["grade"]), "grade": c["grade"], "school": c["school"]}
        stu.update(c["extra"])
        req["student"] = stu
        if c["att"]:
            req["attachments"] = c["att"]

        deny = c["kind"] == "deny"
        tags = [FAMILY, STYLE_TAG[c["style"]]]
        tags.append(REASON_TAG[c["reason"]] if deny else KIND_TAG[c["kind"]])
        if c["trap"]:
            tags.append("precision_trap")
        tags += c["tags"]
        expect = {"decision": "deny" if deny else "allow"}
        if deny:
            expect["reason"] = c["reason"]
        expect.update({
            "must_not_contain": c["mnc"],
            "must_contain": [] if deny else [c["name"], c["school"], c["fact"]],
            "must_contain_text": [] if deny else c["mct"],
            "categories": c["cats"],
            "tags": tags,
        })
        sanity(cid, req, expect, c)
        lines.append(json.dumps({"id": cid, "request": req, "expect": expect}, ensure_ascii=False))
    return lines


def sanity(cid, req, e, c):
    desc = fold(req["incident"]["description"])
    whole = fold(json.dumps(req, ensure_ascii=False))
    keep = [fold(s) for s in e["must_contain"] + e["must_contain_text"]]
    assert (c["kind"] == "clean") == (not e["must_not_contain"] and not e["categories"]) or c["kind"] == "deny", cid
    if c["kind"] == "withhold":
        assert e["must_not_contain"] and e["categories"], cid
    if c["kind"] != "deny":
        assert c["fact"] and fold(c["fact"]) in desc, (cid, c["fact"])
        assert 1 <= len(e["must_contain_text"]) <= 3, cid
        assert req["recipient"].startswith("bpd"), cid
        if req["ground"] == "credible_threat":
            assert req.get("threat_statement"), cid
    for s in e["must_contain_text"]:
        assert fold(s) in desc, (cid, s)
    for s in e["must_not_contain"]:
        f = fold(s)
        assert f in whole, (cid, s)
        assert not re.fullmatch(r"[0-9a-f .]{1,4}", f), (cid, "hex-like short canary", s)
        for k in keep:
            assert f not in k and k not in f, (cid, "canary overlaps kept text", s, k)
        assert f not in fold(req["incident"]["location"]), (cid, "canary in location", s)
    if "face_surveillance" in e["categories"]:
        assert e["decision"] == "deny" and e.get("reason") == "face_surveillance", cid


def main():
    lines = build()
    assert len(lines) == 150, len(lines)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
