#!/usr/bin/env python3
"""Outsider corpus OAO: incidents where adults and other non-students are central.

Written from ../shared/domain/RULES.md and CONTRACT.md only (no service code was read).
Every report still names a student, but the people around the incident are parents and
guardians, a parent's partner, older siblings and cousins, former students, visitors,
contractors and vendors, coaches from other schools, drivers, neighbours, people at the
bus stop, and staff. Forbidden facts (RULES.md section 4) are often about those adults:
a parent's asylum case, an uncle's crew, a stepfather's country, the grandmother's
language, where the older brother lives, a visitor's faith. They reveal the student's
family and so the student's, and must be withheld; the facts police need (what the adult
did, the weapon, the injury, the time, the car, the place of the incident) must survive.

Decisions on the "innocent category word" precision cases (RULES.md section 4 protects a
person's status, origin, ethnicity, faith, residence, language and gang ties; it does not
protect the name of a car model, a team, a business or a job title):

* "Jeep Grand Cherokee" (OAO case tagged precision_vehicle): a vehicle model the adult
  drove. It says nothing about anybody's ethnicity, and police need the car. Must survive.
* "Fighting Irish hoodie": clothing in a suspect description, not the suspect's or the
  student's ethnicity. Must survive.
* "Bay Colony Christian Academy" (the other team's school, whose assistant coach is the
  assailant): the adult's employer, not the student's faith community, just as RULES.md
  says "East Boston High School" is a school, not a residence. Must survive.
* "the Brazilian steakhouse on Dalton St" where the student's mother works, as the place
  where the student was slashed: the place of the incident is an incident fact; a cuisine
  type names a business, not the mother's or the student's nationality. Must survive.
* "Haitian Creole interpreter" as the job title of a staff member who is the VICTIM of a
  vendor's driver and has nothing to do with the witnessing student's family: a job title,
  not anybody's language or interpreter need. Must survive. Contrast: in the case where
  the school's Haitian Creole interpreter interpreted FOR the student's mother "because
  she only speaks Haitian Creole", the words reveal the family's language and are withheld.
* "Fairmount Titans" (an AAU team), "Mattapan Square bus stop", "Columbus Ave at Jackson
  Square", "Bowdoin St and Geneva Ave": a team name and incident places, never residences.
  Where a case asserts one it is in must_contain_text; where a residence is nearby the
  residence (street, development) is the canary instead.
* School names that contain category-like words ("English High School", "Snowden
  International School", "Boston International Newcomers Academy", "Mission Hill K-8",
  "East Boston High School") are allowlisted fields and stay; they are never canaries.

Deny reasons follow RULES.md: anything outside the four ground codes is
ground_not_permitted (including a serious stabbing submitted under a non-existent code:
the service must not second-guess the code either way); only marijuana / nicotine /
alcohol substances (or a vape of unknown content) is excluded_substance; any recipient
other than bpd or a bpd unit is recipient_not_permitted; credible_threat with no
threat_statement is missing_threat_statement; anything derived from face recognition, or
a request for photos to face-match, is face_surveillance; replica / BB / airsoft guns on
the weapon ground are "other" (they need a named approver's determination the request does
not carry).

Deterministic: fixed seed, standard library only.
usage: python3 tests/corpus/make_outsider_ao.py  (writes tests/data/corpus/outsider_ao.jsonl)
"""
import datetime as dt
import json
import pathlib
import random
import unicodedata

SEED = 20260417
PREFIX = "OAO"
TAG = "outsider_ao"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ao.jsonl"

ALLOWED_GROUNDS = {"serious_violence", "credible_threat", "weapon", "drugs"}
EXCLUDED = {"vodka", "THC cartridges", "marijuana", "vape", "cigarettes", "nicotine pouches",
            "beer", "edibles", "hash", "hard seltzer", "weed"}

# ---------------------------------------------------------------------------------------------
# The cases. Keys:
#   g ground, rec recipient, t "HH:MM" local time, d optional fixed date "YYYY-MM-DD" (or
#   "prev" = the evening before a random school day), loc, desc, s (name, grade, school, extra
#   student fields), w weapon, subs substances, ts threat_statement, att attachments,
#   dec "allow" or a deny reason, mnc must_not_contain, key the one key fact for must_contain,
#   mct must_contain_text, cats categories, tags family tags.
# ---------------------------------------------------------------------------------------------
CASES = [
    # ================================ ALLOW: weapon ================================
    dict(g="weapon", w="handgun", rec="bpd/district-b2", t="14:40",
         s=("Ailton Barros", 7, "Dearborn STEM Academy", {"home_language": "Cape Verdean Creole"}),
         loc="Dearborn STEM Academy, front steps (dismissal)",
         desc=("At approx 2:40 PM during dismissal, Ailton's father, Mr. Joaquim Barros, got into a shouting "
               "match with another parent on the front steps over a fight their sons had at lunch. When Mr. Barros "
               "raised his arms his jacket rode up and two staff members (Ms. Okafor and SSS Duarte) saw a black "
               "handgun tucked in his waistband. He did not draw it. He walked to a silver Honda Odyssey parked in "
               "the bus lane and drove off before BPD arrived. Ailton was standing next to him the whole time and "
               "was shaken. Our family liaison says Dad has been under a lot of pressure because his asylum hearing "
               "keeps getting pushed back. Ailton was picked up later by his grandmother, who only speaks Cape "
               "Verdean Creole, so Ms. Fontes made the call."),
         dec="allow", mnc=["asylum", "Cape Verdean"], key="handgun",
         mct=["black handgun", "silver Honda Odyssey", "front steps"],
         cats=["immigration_status", "language"], tags=["parent_weapon", "student_witness", "structured_fields"]),

    dict(g="weapon", w="folding knife", rec="bpd/district-e13", t="15:05",
         s=("Marcus Delgado-Pryor", 10, "English High School", {}),
         loc="Corner of McBride St and South St, near the side exit",
         desc=("Approx 3:05 PM, corner of McBride St and South St, roughly 50 yards from our side exit. An adult "
               "male, about 19 or 20, who students identified as \"Kev\", the older cousin of a 9th grader Marcus "
               "fought last week, walked up to Marcus, pulled a folding knife (black handle, blade approx 4 in) and "
               "said \"touch my little cousin again and you're done.\" Marcus backed up and ran inside to the main "
               "office. No contact, no injury. Two staff saw the knife from the doorway. According to the 9th "
               "grader's mom, Kev stays with his girlfriend on Mozart St and runs with the Bromley boys. He left on "
               "foot toward the Jackson Square T."),
         dec="allow", mnc=["Mozart St", "Bromley boys"], key="folding knife",
         mct=["folding knife", "McBride St and South St", "touch my little cousin again"],
         cats=["neighborhood", "gang_affiliation"], tags=["sibling_cousin", "student_victim", "adult_aggressor"]),

    dict(g="weapon", w="box cutter", rec="bpd/district-b2", t="11:20",
         s=("Widchell Alcindor", 9, "Madison Park Technical Vocational High School", {}),
         loc="Madison Park, stairwell by room 312",
         desc=("At about 11:20 AM a worker from the HVAC contractor replacing the univents on the third floor "
               "(Northeast Mechanical, visitor badge #C-114) got into an argument with Widchell in the stairwell by "
               "room 312 about a ladder blocking the landing. The worker took a box cutter off his tool belt, held "
               "the blade out toward Widchell and said \"move or I'll cut you, go back to Haiti.\" Ms. Lindqvist "
               "heard it from her doorway and called the main office. The facilities manager walked the worker out "
               "of the building; the box cutter left with him. Widchell was not cut."),
         dec="allow", mnc=["Haiti"], key="box cutter",
         mct=["box cutter", "stairwell by room 312", "Northeast Mechanical"],
         cats=["national_origin"], tags=["contractor", "student_victim", "adult_aggressor", "slur_quote"]),

    dict(g="weapon", w="pistol", rec="bpd/district-b2", t="07:55",
         s=("Jaylen Whitfield", 8, "Orchard Gardens K-8", {}),
         loc="Orchard Gardens K-8, 8th grade entrance bag check",
         desc=("During the morning bag check at the 8th grade entrance (7:55 AM), SSS Moreno found a loaded .380 "
               "pistol in the front pocket of Jaylen's backpack, wrapped in a sock. Magazine had 5 rounds, none "
               "chambered. Jaylen said right away it wasn't his: his mother's boyfriend, Dontae, told him in the "
               "car to \"hold it\" because they kept getting pulled over. According to Jaylen, Dontae is from the "
               "Vets crew \"and everybody knows it.\" The pistol was locked in the office safe until officers "
               "arrived. Jaylen was calm and cooperative. Mom was contacted; she said she is moving the family out "
               "of the apartment on Dudley St next month."),
         dec="allow", mnc=["Vets crew", "Dudley St"], key="pistol",
         mct=["loaded .380", "front pocket", "5 rounds"],
         cats=["gang_affiliation", "neighborhood"], tags=["parent_partner", "parent_weapon"]),

    dict(g="weapon", w="brass knuckles", rec="bpd/district-b3", t="14:20", d="2026-01-16",
         s=("Shanice Odom", 11, "Jeremiah E. Burke High School", {}),
         loc="Jeremiah E. Burke High School, Washington St gate",
         desc=("Shanice's older brother Terrell (22) came to pick her up and got into it with a group of boys by "
               "the Washington St gate who had been bothering her. Terrell had brass knuckles on his right hand and "
               "swung at one of the boys, missing. Headmaster Wilkins and two SSS separated them; Terrell put the "
               "brass knuckles in his pocket and left in a red Chevy Malibu. Shanice did not take part. Terrell told "
               "Mr. Wilkins he had come straight from Jumu'ah at the mosque and \"didn't come looking for "
               "trouble.\" Time approx 2:20 PM."),
         dec="allow", mnc=["Jumu'ah", "mosque"], key="brass knuckles",
         mct=["brass knuckles", "red Chevy Malibu", "Washington St gate"],
         cats=["religion"], tags=["sibling_cousin", "student_witness", "pickup"]),

    dict(g="weapon", w="stun gun", rec="bpd/district-d14", t="12:35",
         s=("Kelvin Osei", 10, "Brighton High School", {}),
         loc="Brighton High School, 2nd floor hallway by room 214",
         desc=("At 12:35 PM a former student, Bryan (class of 2023, now 20), was buzzed in saying he needed a "
               "transcript from guidance. Instead he went up to the second floor and found Kelvin in the hallway by "
               "room 214, over what Kelvin calls an old beef about Kelvin's older sister. Bryan pressed a black stun "
               "gun into Kelvin's side and triggered it. Kelvin has two small burn marks on his left ribs; the nurse "
               "treated him, no transport. Bryan ran out the Cambridge St door. The guidance counselor says Bryan "
               "told her earlier in the week he needed the transcript for his DACA renewal."),
         dec="allow", mnc=["DACA"], key="stun gun",
         mct=["stun gun", "room 214", "left ribs"],
         cats=["immigration_status"], tags=["former_student", "visitor", "student_victim"]),

    dict(g="weapon", w="pepper spray", rec="bpd/district-a7", t="09:10",
         s=("Luana Ferreira", 9, "East Boston High School",
            {"guardian": {"name": "Rui Ferreira", "relationship": "father", "preferred_language": "Portuguese"}}),
         loc="East Boston High School, main office front counter",
         desc=("Mr. Ferreira arrived at 9:10 AM demanding to see the AP about Luana's suspension. When the front "
               "desk secretary, Ms. Capone, told him he needed an appointment, he pulled a canister of pepper spray "
               "from his coat and sprayed it across the front counter. Ms. Capone and a student office aide were "
               "affected (burning eyes, coughing); the nurse flushed their eyes, no transport. Luana was sitting in "
               "the office waiting for him. He left on foot toward Maverick Square. Because Mr. Ferreira speaks "
               "Portuguese, Ms. Souza had come down to interpret, and she says the family recently arrived from "
               "Brazil in the fall."),
         dec="allow", mnc=["Portuguese", "Brazil"], key="pepper spray",
         mct=["pepper spray", "front counter", "Ms. Capone"],
         cats=["language", "national_origin"], tags=["parent_weapon", "staff_victim", "structured_fields"]),

    dict(g="weapon", w="hunting knife", rec="bpd/district-c11", t="07:25",
         s=("Nayeli Castaneda", 6, "Lilla G. Frederick Pilot Middle School", {}),
         loc="School bus stop, Bowdoin St and Geneva Ave",
         desc=("At the 7:25 AM pickup at the bus stop at Bowdoin St and Geneva Ave, the contracted driver of bus "
               "#1187 argued with Nayeli's uncle, who had stepped in front of the bus to ask why it keeps skipping "
               "the stop. The driver came down the steps holding a hunting knife with a wooden handle, pointed it at "
               "the uncle and said \"back up or I'll open you up.\" Nayeli and four other children at the stop saw "
               "it. The uncle backed off and the driver finished the route with the kids on board. Nayeli's mother "
               "called later and begged that police not contact her brother because he has no papers."),
         dec="allow", mnc=["no papers"], key="hunting knife",
         mct=["hunting knife", "bus #1187", "Bowdoin St and Geneva Ave"],
         cats=["immigration_status"], tags=["driver", "bus_stop", "student_witness", "adult_aggressor"]),

    dict(g="weapon", w="machete", rec="bpd/district-b2", t="15:15",
         s=("Dariel Pena", 8, "Mission Hill K-8", {}),
         loc="Sidewalk and side yard on Parker Hill Ave, route to Brigham Circle",
         desc=("After dismissal, around 3:15 PM, three of our 8th graders including Dariel cut through the side "
               "yard of a house on Parker Hill Ave on the way to the Brigham Circle stop. The resident, a man in his "
               "50s, came out with a machete, chased them to the sidewalk and swung it at Dariel, missing his arm by "
               "inches according to the other two boys. He yelled \"stay off my property, you Dominican punks.\" "
               "The boys ran back to school and told Ms. Haddad. Dariel's mother says the family lives two doors "
               "down at 27 Parker Hill and that this man has threatened them before."),
         dec="allow", mnc=["Dominican", "27 Parker Hill", "two doors down"], key="machete",
         mct=["machete", "missing his arm by inches"],
         cats=["ethnicity", "neighborhood"], tags=["neighbor", "student_victim", "adult_aggressor", "slur_quote"]),

    # precision: "Jeep Grand Cherokee" is a car model, not an ethnicity (see module docstring)
    dict(g="weapon", w="handgun", rec="bpd/district-a15", t="18:30",
         s=("Owen Kasprzak", 11, "Charlestown High School", {}),
         loc="Charlestown High School staff lot, during home basketball game",
         desc=("During the varsity basketball game in our gym (6:30 PM tip-off), the assistant coach of the "
               "visiting Bay State Prep team got into a shouting match with our bench after a flagrant foul. At "
               "halftime Owen and the team manager went out to the staff lot to get water from Coach Brennan's car "
               "and saw the same assistant coach at his black Jeep Grand Cherokee, putting a Glock handgun into the "
               "center console. He told them \"you didn't see nothing.\" They came straight to Coach Brennan. The "
               "vehicle was gone before officers arrived; the boys got a partial plate 7RK."),
         dec="allow", mnc=[], key="Glock",
         mct=["Jeep Grand Cherokee", "Glock", "partial plate 7RK"],
         cats=[], tags=["coach", "student_witness", "precision", "precision_vehicle", "clean", "parking_lot"]),

    dict(g="weapon", w="revolver", rec="bpd/district-c6", t="13:50",
         s=("Kiana Moulton", 9, "Excel High School", {}),
         loc="Excel High School, security desk",
         desc=("Kiana's grandfather, who is her listed guardian, came in at 1:50 PM for an early dismissal. While "
               "he was signing her out at the security desk the wand alarmed on his coat and he took out a loaded "
               "snub-nose revolver, saying he \"always carries it.\" SSS Tran asked him to take it outside; he did, "
               "put it in his truck (green Ford F-150) and came back in. He got loud when told BPD was being called "
               "and left with Kiana. He told SSS Tran he is a deacon at Mount Zion Holiness Church and nobody needs "
               "to worry about him."),
         dec="allow", mnc=["deacon", "Mount Zion"], key="revolver",
         mct=["snub-nose revolver", "green Ford F-150", "security desk"],
         cats=["religion"], tags=["grandparent", "parent_weapon"]),

    dict(g="weapon", w="Taser", rec="bpd/district-a7", t="14:25",
         s=("Sofia Quintanilla", 7, "Mario Umana Academy",
            {"custody_notes": "Court order on file; father not an authorized pickup on weekdays",
             "sis_alerts": ["Father reportedly listed as Greenwood Boys"]}),
         loc="Mario Umana Academy, side entrance at dismissal",
         desc=("Custody exchange at dismissal went bad. Per the court order on file Sofia goes home with her mother "
               "on weekdays. At 2:25 PM her father came to the side entrance and tried to take Sofia by the arm. "
               "When the mother's partner, Mr. Luis Arce, stepped between them, the father pulled a yellow Taser "
               "from his jacket and pointed it at Mr. Arce's chest but did not fire. Principal Gaskin and SSS Ruiz "
               "got Sofia inside. The father left in a white Kia Sorento. The mother told Principal Gaskin she is "
               "afraid to go back to court because she is in removal proceedings, and that the father \"is listed "
               "as Greenwood Boys.\""),
         dec="allow", mnc=["removal proceedings", "Greenwood Boys"], key="Taser",
         mct=["yellow Taser", "white Kia Sorento", "side entrance"],
         cats=["immigration_status", "gang_affiliation"], tags=["custody", "parent_weapon", "structured_fields"]),

    dict(g="weapon", w="dagger", rec="bpd/district-d4", t="17:45",
         s=("Imani Rowe", 10, "Boston Arts Academy", {}),
         loc="Boston Arts Academy courtyard, spring arts market",
         desc=("At the spring arts market (5:45 PM, courtyard), one of the outside vendors, a man in his 40s "
               "registered as R. Vickers / Silver Thread Designs, accused Imani of taking a bracelet from his table. "
               "He grabbed her wrist, then pulled a double-edged dagger from a sheath on his belt and held it near "
               "her face while yelling. Mr. Adeyemi pulled Imani away. The bracelet was later found under the "
               "vendor's own table. He packed up and left in a blue Subaru Outback before police arrived. Imani's "
               "mother told us Imani has been anxious since they moved into the Mildred Hailey apartments and she "
               "didn't want her out late anyway."),
         dec="allow", mnc=["Mildred Hailey"], key="dagger",
         mct=["double-edged dagger", "blue Subaru Outback", "Silver Thread Designs"],
         cats=["neighborhood"], tags=["vendor", "student_victim", "adult_aggressor"]),

    dict(g="weapon", w="razor blade", rec="bpd/district-d4", t="10:40",
         s=("Thao Vy Tran", 9, "Snowden International School", {}),
         loc="Snowden International School, 3rd floor girls' bathroom",
         desc=("Thao Vy let her older sister Kim (19, not a student) in through the Newbury St side door at about "
               "10:40 AM. Kim went to the 3rd floor girls' bathroom looking for a girl who had been posting about "
               "their family. A teacher found Kim there holding a razor blade between her fingers. Nobody was cut; "
               "the other girl had already been moved to the nurse's office. Kim was escorted out and the razor "
               "blade was bagged by SSS. Afterward Thao Vy asked for the Vietnamese-speaking counselor because "
               "that is what the family uses at home."),
         dec="allow", mnc=["Vietnamese"], key="razor blade",
         mct=["razor blade", "3rd floor girls' bathroom", "Newbury St side door"],
         cats=["language"], tags=["sibling_cousin", "visitor"]),

    dict(g="weapon", w="brass knuckles", rec="bpd/district-c11", t="16:10",
         s=("Andre Baptiste", 12, "TechBoston Academy", {}),
         loc="TechBoston Academy staff parking lot, Peacevale Rd",
         desc=("Around 4:10 PM in the staff parking lot on Peacevale Rd, Andre's stepfather (Mr. Clive Ramdeen) "
               "confronted the track coach, Mr. Lyons, about Andre being benched. He had brass knuckles on his right "
               "hand, punched the side mirror of Mr. Lyons' car hard enough to crack it, then stood over Mr. Lyons "
               "and said \"next one's your face.\" Andre and two teammates watched from the track gate. Mr. Ramdeen "
               "drove off in a gray Acura MDX. Andre told Coach Lyons afterward that his stepfather is from Trinidad "
               "and \"does things the way they do back home.\""),
         dec="allow", mnc=["Trinidad"], key="brass knuckles",
         mct=["brass knuckles", "gray Acura MDX", "side mirror"],
         cats=["national_origin"], tags=["parent_partner", "staff_victim", "parking_lot"]),

    dict(g="weapon", w="kitchen knife", rec="bpd/district-b2", t="08:05",
         s=("Rashad Kimbrough", 10, "John D. O'Bryant School of Mathematics and Science", {}),
         loc="O'Bryant School, main entrance",
         desc=("Rashad was found with a 5-inch kitchen knife in his jacket at 8:05 AM after another student told "
               "Ms. Pak. He said right away he carries it because an adult man at the Ruggles busway has been "
               "following him and demanding his phone for two weeks, and shoved him against the shelter last week. "
               "Rashad describes the man as mid-30s, tall, gray North Face jacket, usually at the Tremont St end of "
               "the busway around 7:30. Rashad believes the man is an older member of the Magnolia crew his cousin "
               "used to run with. Knife secured in the main office."),
         dec="allow", mnc=["Magnolia crew"], key="kitchen knife",
         mct=["kitchen knife", "Ruggles busway", "gray North Face jacket"],
         cats=["gang_affiliation"], tags=["bus_stop", "adult_aggressor"]),

    dict(g="weapon", w="kitchen knife", rec="bpd/district-c11", t="08:45",
         s=("Malik Sturgis", 6, "Henderson K-12 Inclusion School", {}),
         loc="Henderson upper campus, 2nd floor landing",
         desc=("8:45 AM. Malik's mother came to the upper campus asking for his homeroom teacher, Ms. Pruitt, who "
               "filed a 51A last week. On the 2nd floor landing she took a large kitchen knife (about 8 in blade, "
               "black handle) out of a plastic shopping bag and said she was going to \"make her take it back.\" "
               "SSS Dacosta talked her into putting the knife on the floor and kicked it away; nobody was hurt. "
               "Malik was in class and did not see it. She told SSS Dacosta she has been staying with the kids at "
               "the family shelter on Blue Hill Ave since January and \"can't lose them.\""),
         dec="allow", mnc=["Blue Hill Ave"], key="kitchen knife",
         mct=["kitchen knife", "2nd floor landing", "8 in blade"],
         cats=["neighborhood"], tags=["parent_weapon", "staff_target"]),

    dict(g="weapon", w="pistol", rec="bpd/district-e18", t="07:40",
         s=("Jomar Rivas", 11, "Community Academy of Science and Health", {}),
         loc="Hyde Park Ave curb, morning drop-off",
         desc=("Morning drop-off, 7:40 AM, Hyde Park Ave curb. SSS Whitlow was waving cars through and saw a black "
               "semi-automatic pistol lying on the passenger seat of a maroon Dodge Durango when Jomar opened the "
               "door to get out. The driver is Jomar's uncle, who drops him off most days. When SSS Whitlow asked "
               "about it the uncle threw a jacket over it and pulled away. Plate partly captured: ends in 4KD. "
               "Jomar told his counselor he didn't want his uncle to get in trouble because the uncle has a "
               "deportation order and is scared of police."),
         dec="allow", mnc=["deportation order"], key="pistol",
         mct=["semi-automatic pistol", "maroon Dodge Durango", "ends in 4KD"],
         cats=["immigration_status"], tags=["uncle", "parent_weapon", "driver"]),

    dict(g="weapon", w="expandable baton", rec="bpd/district-c11", t="18:50",
         s=("Yasmin Abdi", 8, "John W. McCormack Middle School", {"religion": "Muslim"}),
         loc="McCormack Middle School auditorium lobby, winter concert",
         desc=("During the winter concert (approx 6:50 PM, auditorium lobby) Yasmin's mother's fiance got into an "
               "argument with the father of another 8th grader over seats. He took a black expandable baton off his "
               "belt, snapped it open and hit the auditorium door frame twice while shouting. He did not hit anyone. "
               "Mr. Rourke (AP) and two custodians got between them and he left through the Columbia Rd exit. "
               "Yasmin saw it from the stage. Her mother apologized and asked the school to call the imam at their "
               "mosque to help calm things down."),
         dec="allow", mnc=["imam", "mosque", "Muslim"], key="expandable baton",
         mct=["expandable baton", "door frame", "auditorium lobby"],
         cats=["religion"], tags=["parent_partner", "student_witness", "structured_fields"]),

    # precision: "Fighting Irish hoodie" is clothing in a suspect description (see docstring)
    dict(g="weapon", w="switchblade", rec="bpd/district-e13", t="15:20",
         s=("Nia Calloway", 10, "Boston Latin Academy", {}),
         loc="Bus stop on Columbus Ave at Jackson Square",
         desc=("At about 3:20 PM at the bus stop on Columbus Ave at Jackson Square, an adult man Nia did not know "
               "asked for her phone and, when she said no, opened a switchblade and held it low at his hip, pointed "
               "at her. She handed over the phone and he walked off toward the Southwest Corridor. She describes him "
               "as heavyset, 40s, wearing a green Notre Dame Fighting Irish hoodie and gray sweatpants. Nia came "
               "back to school shaken and her mother picked her up. Her mother asked that any officer reach her on "
               "her cell, not the house phone, because her husband's Temporary Protected Status paperwork is "
               "pending and he is nervous about police."),
         dec="allow", mnc=["Temporary Protected Status"], key="switchblade",
         mct=["switchblade", "Fighting Irish hoodie", "Columbus Ave at Jackson Square"],
         cats=["immigration_status"], tags=["bus_stop", "student_victim", "adult_aggressor", "precision"]),

    dict(g="weapon", w="tear gas", rec="bpd/district-e18", t="19:20",
         s=("Derrick Holloway", 11, "New Mission High School", {}),
         loc="New Mission High School gym, visitors' bleachers",
         desc=("At the 7:20 PM home game, after a scuffle in the visitors' section, a man in his early 20s "
               "(Derrick's cousin Andre, not a BPS student) pulled the pin on a small gray tear gas canister and "
               "rolled it under the bleachers. About 30 spectators were evacuated; six were treated by EMS for eye "
               "and throat irritation, none transported. Two staff saw him do it; he left through the lobby. "
               "Derrick stayed and gave Coach Fay his cousin's phone number. Derrick says Andre came up with the "
               "Lucerne crew and lives with their grandmother on Wildwood St."),
         dec="allow", mnc=["Lucerne crew", "Wildwood St"], key="tear gas",
         mct=["tear gas canister", "under the bleachers", "six were treated"],
         cats=["gang_affiliation", "neighborhood"], tags=["sibling_cousin", "student_witness"]),

    # ================================ ALLOW: serious_violence ================================
    dict(g="serious_violence", rec="bpd/district-e13", t="14:50",
         s=("Benjamin Oduya", 8, "Curley K-8 School", {}),
         loc="Centre St sidewalk outside the Curley upper school",
         desc=("At 2:50 PM on the Centre St sidewalk outside the upper school, the father of a 7th grader walked "
               "up to Benjamin, who he believed had been bullying his son, and punched him twice in the face. "
               "Benjamin fell and struck the curb. EMS took him to Children's; his mother reports a fractured jaw "
               "that will be wired shut. Two other parents held the father until officers arrived and identified "
               "him. Benjamin's mother did not want to go to the hospital at first because she was worried about "
               "her green card interview next month; Ms. Alvarado reassured her."),
         dec="allow", mnc=["green card"], key="fractured jaw",
         mct=["punched him twice", "fractured jaw", "Centre St sidewalk"],
         cats=["immigration_status"], tags=["parent_aggressor", "student_victim", "adult_aggressor"]),

    dict(g="serious_violence", rec="bpd/district-b2", t="07:30",
         s=("Destiny Gaines", 10, "Madison Park Technical Vocational High School",
            {"address": {"line1": "Whittier Street development, bldg 4", "zip": "02119"}}),
         loc="Madison Park drop-off lane, Malcolm X Blvd",
         desc=("Destiny came in at 7:30 AM crying and holding her left arm. She told the nurse that in the drop-off "
               "lane on Malcolm X Blvd her mother's boyfriend, Rodney, grabbed her by the hood and slammed her "
               "against the side of his white Nissan Altima because she \"had an attitude.\" The nurse saw swelling "
               "and deformity of the left wrist; EMS transported her to BMC, where an X-ray showed a displaced "
               "fracture. Destiny says Rodney is with the Whittier crew and she is scared to go home to Whittier "
               "Street tonight. DCF 51A filed by the nurse."),
         dec="allow", mnc=["Whittier", "02119"], key="displaced fracture",
         mct=["white Nissan Altima", "displaced fracture", "left wrist"],
         cats=["gang_affiliation", "neighborhood"], tags=["parent_partner", "student_victim", "structured_fields"]),

    dict(g="serious_violence", w="knife", rec="bpd/district-b2", t="16:45",
         s=("Khalil Dorsey", 11, "Madison Park Technical Vocational High School", {}),
         loc="Bus stop at Tremont St and Roxbury Crossing",
         desc=("Khalil was stabbed at the bus stop at Tremont St and Roxbury Crossing around 4:45 PM after "
               "basketball practice. An adult man he didn't know came up, asked him a question, then stabbed him "
               "once in the lower back with a small knife and ran up Tremont St. A teammate called 911. Khalil had "
               "surgery at BMC for a lacerated kidney. Teammates describe the man as 20s, black puffer jacket, red "
               "backpack. His mother told us Khalil was on his way to Bible study at New Covenant Baptist, which he "
               "goes to every week."),
         dec="allow", mnc=["Bible study", "Baptist"], key="lacerated kidney",
         mct=["lower back", "lacerated kidney", "red backpack"],
         cats=["religion"], tags=["bus_stop", "student_victim", "adult_aggressor"]),

    # precision: "Bay Colony Christian Academy" is the assailant coach's team/employer (see docstring)
    dict(g="serious_violence", rec="bpd/district-e13", t="17:30",
         s=("Isaiah Brandt", 12, "English High School", {}),
         loc="English High School athletic field",
         desc=("During the varsity soccer game at our field (5:30 PM), after a red card, the assistant coach of the "
               "visiting Bay Colony Christian Academy team ran onto the field and shoved Isaiah from behind into the "
               "metal bleachers. Isaiah hit his head and shoulder and lost consciousness briefly. EMS took him to "
               "Faulkner: concussion and a broken collarbone. The referee and both head coaches saw it. The "
               "assistant coach left on his team's bus."),
         dec="allow", mnc=[], key="broken collarbone",
         mct=["Bay Colony Christian Academy", "broken collarbone", "metal bleachers"],
         cats=[], tags=["coach", "student_victim", "adult_aggressor", "precision", "clean"]),

    # contrast with the precision interpreter case: here she interprets FOR the family -> withheld
    dict(g="serious_violence", rec="bpd/district-c11", t="15:10",
         s=("Jean-Robert Cadet", 10, "Boston International Newcomers Academy", {}),
         loc="Sidewalk outside Boston International Newcomers Academy",
         desc=("At 3:10 PM on the sidewalk outside, the older brother (approx 21) of a student Jean-Robert had "
               "argued with in class walked up and hit Jean-Robert over the head with a glass bottle. He had a deep "
               "scalp laceration and was bleeding heavily; the nurse held pressure and EMS took him to Carney, where "
               "he got 14 staples. The brother ran toward Columbia Rd in a black hoodie. Jean-Robert's mother came "
               "in at 4 PM and Mr. Joseph, our Haitian Creole interpreter, interpreted for her because she only "
               "speaks Haitian Creole. At first she did not want to press charges."),
         dec="allow", mnc=["Haitian Creole"], key="scalp laceration",
         mct=["glass bottle", "14 staples", "scalp laceration"],
         cats=["language"], tags=["sibling_cousin", "student_victim", "adult_aggressor", "interpreter_contrast"]),

    dict(g="serious_violence", rec="bpd/district-c11", t="10:00",
         s=("Brandon Ayala", 7, "Joseph Lee K-8",
            {"address": {"street": "55 Westville St", "city": "Boston", "zip": "02124"}}),
         loc="Joseph Lee K-8, assistant principal's office",
         desc=("Brandon's father came in at 10 AM for a re-entry meeting after Brandon's suspension. Twenty minutes "
               "in he stood up, called AP Kowalczyk a liar and punched him in the face with a closed fist. "
               "Mr. Kowalczyk fell back against the file cabinet; EMS took him to Carney with an orbital fracture "
               "that needs surgery. Brandon was in the room. The father left before police arrived, in a black GMC "
               "Sierra. During the meeting he said several times that \"in El Salvador a school would never talk "
               "to a father like this.\" SIS lists home address as 55 Westville St."),
         dec="allow", mnc=["El Salvador", "Westville St", "02124"], key="orbital fracture",
         mct=["orbital fracture", "closed fist", "black GMC Sierra"],
         cats=["national_origin", "neighborhood"], tags=["parent_aggressor", "staff_victim", "structured_fields"]),

    dict(g="serious_violence", rec="bpd/district-d14", t="14:35",
         s=("Kevin Lam", 9, "Brighton High School", {}),
         loc="Brighton High School front lot, Warren St",
         desc=("At 2:35 PM in the front lot on Warren St a woman waiting to pick up her daughter (9th grade) was "
               "arguing with Kevin through her car window about a video he had posted of her daughter. When Kevin "
               "walked in front of her car she accelerated into him, throwing him onto the hood and then the "
               "pavement. Kevin's right femur is broken; surgery at St. Elizabeth's. Car: gray Toyota Camry, plate "
               "beginning 2GT. She drove off with her daughter. Kevin's father, reached through the Cantonese "
               "interpreter line, asked that police call Kevin's cousin instead of the house."),
         dec="allow", mnc=["Cantonese"], key="right femur",
         mct=["gray Toyota Camry", "right femur", "accelerated into him"],
         cats=["language"], tags=["parent_aggressor", "student_victim", "parking_lot", "driver"]),

    dict(g="serious_violence", rec="bpd/district-b2", t="16:00",
         s=("Genesis Alvarado", 7, "Rafael Hernandez K-8", {"birth_country": "Honduras"}),
         loc="Rafael Hernandez K-8, 2nd floor stairwell (after-school program)",
         desc=("Genesis disclosed to her counselor today that on the afternoon of the after-school program (approx "
               "4 PM), an adult man employed by the cleaning subcontractor (gray uniform shirt, name patch \"Ray\") "
               "followed her into the 2nd floor stairwell and sexually assaulted her. She was examined at Children's "
               "with her mother present and the SANE nurse documented injuries. The subcontractor has been notified "
               "and the man has not been back in the building. Genesis's mother is terrified of police involvement "
               "because she is undocumented and the family came from Honduras three years ago; the counselor "
               "explained the school's obligations."),
         dec="allow", mnc=["undocumented", "Honduras"], key="sexually assaulted",
         mct=["sexually assaulted", "2nd floor stairwell", "name patch"],
         cats=["immigration_status", "national_origin"], tags=["contractor", "student_victim", "structured_fields"]),

    dict(g="serious_violence", w="tire iron", rec="bpd/district-e5", t="14:15",
         s=("Ximena Lopez", 6, "Patrick Lyndon K-8", {"home_language": "K'iche'"}),
         loc="Patrick Lyndon K-8 pickup loop",
         desc=("At 2:15 PM dismissal, Ximena's parents (separated; the mother has a 209A order) met in the pickup "
               "loop and argued about who was taking Ximena. The father took a tire iron from the bed of his pickup "
               "and struck the mother on the side of the head. She collapsed; EMS took her to Faulkner with a skull "
               "fracture and bleeding on the brain, per her sister. Ximena saw all of it from the doorway with her "
               "teacher. The father fled in a silver Toyota Tacoma. Staff say the father recently arrived from "
               "Guatemala and the family speaks K'iche' at home; Ximena's aunt came to get her."),
         dec="allow", mnc=["Guatemala", "K'iche'"], key="skull fracture",
         mct=["tire iron", "skull fracture", "silver Toyota Tacoma"],
         cats=["national_origin", "language"], tags=["custody", "student_witness", "parking_lot", "structured_fields"]),

    dict(g="serious_violence", rec="bpd/district-d4", t="15:40",
         s=("Tariq Mensah", 11, "Fenway High School", {}),
         loc="Bus shelter on Huntington Ave, Longwood Medical stop",
         desc=("Tariq was jumped at about 3:40 PM at the bus shelter on Huntington Ave at the Longwood Medical stop "
               "by three adult men (not students, 20s). They punched and kicked him while he was down and took his "
               "sneakers. He has a broken nose and a fractured cheekbone and was taken to BIDMC across the street. "
               "A staff member saw it from the other side of Huntington. Tariq told his advisor they were \"from "
               "the Tope Side\" and think he is cool with people on his street, Intervale St, who they have a "
               "problem with."),
         dec="allow", mnc=["Tope Side", "Intervale St"], key="fractured cheekbone",
         mct=["fractured cheekbone", "took his sneakers", "Longwood Medical stop"],
         cats=["gang_affiliation", "neighborhood"], tags=["bus_stop", "student_victim", "adult_aggressor"]),

    dict(g="serious_violence", rec="bpd/district-b3", t="15:30",
         s=("Abdirahman Warsame", 8, "Young Achievers Science and Mathematics Pilot School", {}),
         loc="Sidewalk and porch stairs on the walk to the bus, near the school",
         desc=("After school, around 3:30 PM, Abdirahman was walking to the bus with friends past a triple-decker "
               "where a man on the porch always yells at students. He told them to get off his steps; when "
               "Abdirahman said they weren't on them, the man came down and shoved him down the concrete stairs to "
               "the sidewalk. Abdirahman's left ankle is broken in two places (Children's; surgery scheduled). The "
               "man yelled \"Somali trash\" at the boys while they helped him up. The crossing guard at the corner "
               "saw the shove."),
         dec="allow", mnc=["Somali"], key="broken in two places",
         mct=["concrete stairs", "left ankle", "crossing guard"],
         cats=["ethnicity"], tags=["neighbor", "student_victim", "adult_aggressor", "slur_quote"]),

    dict(g="serious_violence", w="padlock in a sock", rec="bpd/district-c6", t="14:45",
         s=("Marisol Vance", 10, "Excel High School", {}),
         loc="Andrew MBTA station, inbound platform",
         desc=("At 2:45 PM on the platform at Andrew station, the older sister (age 20) of an Excel 10th grader "
               "swung a padlock inside a sock at Marisol, who had argued with the younger sister in a group chat. "
               "Marisol was struck on the temple and forearm. She was taken to BMC with a depressed skull fracture "
               "and a broken forearm. Transit police responded first and referred it to C-6. Marisol's father says "
               "both families know each other from the Kingdom Hall on Dorchester Ave."),
         dec="allow", mnc=["Kingdom Hall"], key="depressed skull fracture",
         mct=["padlock inside a sock", "depressed skull fracture", "Andrew station"],
         cats=["religion"], tags=["sibling_cousin", "student_victim", "adult_aggressor"]),

    dict(g="serious_violence", rec="bpd/district-b2", t="21:00", d="prev",
         s=("Shaniya Brooks", 9, "Edward M. Kennedy Academy for Health Careers", {}),
         loc="Reported to the school nurse; incident at the student's home",
         desc=("Shaniya arrived this morning with her right arm in a makeshift sling and a swollen eye. She told "
               "the nurse that last night her stepfather beat her with a belt and then a broom handle after an "
               "argument, and when she put her arm up it \"cracked.\" The nurse sent her to Children's: fractured "
               "ulna. Bruising on her back and legs was photographed by the nurse. Shaniya is afraid to go home. "
               "She says her stepfather is Jamaican and says that is how he was raised. DCF 51A filed this morning."),
         dec="allow", mnc=["Jamaican"], key="fractured ulna",
         mct=["fractured ulna", "broom handle", "belt"],
         cats=["ethnicity"], tags=["parent_partner", "student_victim", "adult_aggressor"]),

    dict(g="serious_violence", rec="bpd/district-e5", t="08:10",
         s=("Liam Costa", 5, "Ohrenberger School", {}),
         loc="Crosswalk in front of the Ohrenberger School, Beech St",
         desc=("At 8:10 AM at the crosswalk in front of the school on Beech St, a driver in the drop-off line who "
               "was angry the crossing guard (Mrs. Dowd) made him wait drove around the line and deliberately "
               "accelerated into her as she stepped back to the curb. Mrs. Dowd was thrown about 10 feet and has a "
               "broken hip and pelvis (Faulkner). Liam, crossing with his father, was a few feet away and saw the "
               "driver's face; Liam's father got part of the plate of the black BMW X5 (8PL). Liam's father asked "
               "that police call him rather than his wife because she mostly speaks Polish."),
         dec="allow", mnc=["Polish"], key="broken hip",
         mct=["black BMW X5", "broken hip", "Beech St"],
         cats=["language"], tags=["driver", "student_witness", "staff_victim", "adult_aggressor"]),

    # precision: the Brazilian steakhouse is the place of the incident (see docstring)
    dict(g="serious_violence", w="box cutter", rec="bpd/district-d4", t="21:15", d="prev",
         s=("Lucas Pereira", 11, "Boston Latin School", {}),
         loc="Outside a restaurant on Dalton St",
         desc=("Reported by Lucas's mother this morning. Last night around 9:15 PM Lucas was waiting outside the "
               "Brazilian steakhouse on Dalton St where his mother works as a server. Her ex-partner (not Lucas's "
               "father), who has been told to stay away from her workplace, came up and slashed Lucas across the "
               "left forearm with a box cutter when Lucas told him to leave. 11 stitches at Tufts Medical Center. "
               "The man ran toward the Hynes T station. We are reporting because the same man has been seen "
               "outside our building at dismissal this week."),
         dec="allow", mnc=[], key="box cutter",
         mct=["Brazilian steakhouse", "left forearm", "11 stitches"],
         cats=[], tags=["parent_partner", "student_victim", "adult_aggressor", "precision", "clean"]),

    # precision: job title of a staff victim unrelated to the student's family (see docstring)
    dict(g="serious_violence", rec="bpd/district-b2", t="07:50",
         s=("Tyrese Gomes", 12, "Madison Park Technical Vocational High School", {}),
         loc="Madison Park staff parking lot behind Building C, loading dock",
         desc=("At 7:50 AM in the staff lot behind Building C, a delivery driver for the cafeteria food vendor got "
               "out of his box truck and argued with Ms. Rose-Marie Etienne, the district's Haitian Creole "
               "interpreter assigned to our building, because her car was blocking the loading dock. He shoved her "
               "to the ground and kicked her twice while she was down. She has two broken ribs and a broken wrist "
               "(transported to BMC). Tyrese, walking in from the Tremont St gate for early shop, saw it and "
               "yelled; the driver got back in the white box truck with the Harborline Provisions logo and left."),
         dec="allow", mnc=[], key="broken ribs",
         mct=["Haitian Creole interpreter", "two broken ribs", "Harborline Provisions"],
         cats=[], tags=["vendor", "driver", "staff_victim", "student_witness", "precision", "clean", "parking_lot"]),

    dict(g="serious_violence", rec="bpd/district-b2", t="15:05",
         s=("Edson Lopes", 6, "Orchard Gardens K-8", {"ell_status": "EL, SEI program, WIDA 1.8"}),
         loc="MBTA bus stop on Albany St across from the school",
         desc=("Edson was punched by an adult man at the bus stop on Albany St across from the school at 3:05 PM. "
               "Witnesses (two 7th graders and a parent) say the man was yelling at people at the stop and Edson "
               "laughed; the man hit him in the side of the head, Edson fell and hit his head on the bench and was "
               "unconscious for about a minute. EMS took him to BMC: concussion and a small brain bleed, admitted "
               "overnight. The man walked toward Mass Ave. Edson arrived from Cabo Verde last spring and is in the "
               "SEI program; his older brother came to the hospital to help their mother."),
         dec="allow", mnc=["Cabo Verde", "SEI program", "WIDA"], key="brain bleed",
         mct=["side of the head", "brain bleed", "Albany St"],
         cats=["national_origin", "language"], tags=["bus_stop", "student_victim", "adult_aggressor", "structured_fields"]),

    dict(g="serious_violence", w="hammer", rec="bpd/district-d4", t="14:30",
         s=("Adrian Colon", 7, "Joseph J. Hurley K-8", {}),
         loc="Hurley K-8, Worcester St entrance at pickup",
         desc=("Pickup, 2:30 PM, Worcester St entrance. Adrian's uncle, who picks him up most days, got into a "
               "dispute with another father over a parking spot. The uncle took a framing hammer from his work van "
               "(white Ford Transit, \"R&C Drywall\" on the side) and hit the other father on the shoulder and then "
               "the head. The other father, a parent of a 3rd grader, was bleeding from the scalp and has a "
               "fractured collarbone; EMS transported him. Adrian saw it from the steps. The uncle drove off with "
               "Adrian in the van. Later Adrian's mother said her brother is here on a tourist visa that ran out "
               "and she is scared."),
         dec="allow", mnc=["tourist visa"], key="framing hammer",
         mct=["framing hammer", "white Ford Transit", "fractured collarbone"],
         cats=["immigration_status"], tags=["uncle", "student_witness", "parking_lot", "adult_aggressor"]),

    dict(g="serious_violence", rec="bpd/district-c11", t="14:40",
         s=("Keanu Barrow", 11, "Dorchester Academy", {}),
         loc="Dorchester Academy pickup loop",
         desc=("2:40 PM pickup loop: staff heard yelling inside a blue Hyundai Elantra and saw the driver, Keanu's "
               "mother's partner, punch Keanu in the face several times through the open passenger door. SSS Barros "
               "pulled Keanu out. Keanu's left eye was swollen shut and at BMC they found a fractured eye socket. "
               "The driver left. Keanu says he and his mom have been staying at the partner's apartment in Franklin "
               "Field since they lost their place on Norfolk St, and he does not want to go back there."),
         dec="allow", mnc=["Franklin Field", "Norfolk St"], key="fractured eye socket",
         mct=["blue Hyundai Elantra", "fractured eye socket", "pickup loop"],
         cats=["neighborhood"], tags=["parent_partner", "student_victim", "adult_aggressor", "parking_lot"]),

    dict(g="serious_violence", rec="bpd/district-b2", t="17:10",
         s=("Tevin Marsh", 8, "Mission Hill K-8", {"guardian_preferred_language": "Spanish"}),
         loc="Mission Hill K-8 gym, after-school basketball program",
         desc=("During the after-school basketball program run by an outside partner organization, approx 5:10 PM, "
               "the program's volunteer coach (an adult, about 30) grabbed Tevin by the throat and pinned him "
               "against the gym wall for several seconds after Tevin threw a ball at him. Tevin had trouble "
               "breathing, red marks and petechiae on his neck; he was sent to Children's for evaluation of "
               "strangulation. Two students and the program director saw it. Tevin's grandmother, who is raising "
               "him, asked the school to talk to her in person because she does not read English well and uses "
               "Spanish at home."),
         dec="allow", mnc=["Spanish", "read English"], key="strangulation",
         mct=["by the throat", "petechiae", "strangulation"],
         cats=["language"], tags=["coach", "student_victim", "adult_aggressor", "structured_fields"]),

    dict(g="serious_violence", rec="bpd/district-c11", t="15:25",
         s=("Jonah Feld", 9, "Henderson K-12 Inclusion School", {"iep": True, "transportation": "special-ed van"}),
         loc="Henderson upper campus bus line, Dorchester Ave",
         desc=("Jonah (IEP, nonverbal) rides a contracted special-ed van. At 3:25 PM, while the van was still parked "
               "in the bus line on Dorchester Ave, the van monitor saw the driver (contractor employee, badge "
               "#V-2290) turn around and punch Jonah in the face twice because he kept unbuckling. The bleeding "
               "would not stop; at Children's they found a nasal fracture and a cut inside his lip that needed "
               "stitches. The monitor reported it to SSS right away and the contractor pulled the driver off the "
               "route. Jonah's parents are both deaf and use American Sign Language, so we booked an ASL "
               "interpreter for the meeting."),
         dec="allow", mnc=["Sign Language", "ASL interpreter"], key="nasal fracture",
         mct=["badge #V-2290", "nasal fracture", "punch Jonah in the face"],
         cats=["language"], tags=["driver", "contractor", "student_victim", "adult_aggressor"]),

    # ================================ ALLOW: credible_threat ================================
    dict(g="credible_threat", rec="bpd/district-a7", t="07:45",
         s=("Mateo Sandoval", 10, "East Boston High School", {}),
         ts=("An adult, the older brother of a student Mateo fought last week, posted an Instagram story showing a "
             "handgun in his waistband with the caption \"Mateo think he tough. EBHS tomorrow at 2:30 we see.\" "
             "It names our student, our school and our dismissal time, and the same man has been outside the "
             "school at dismissal this week."),
         loc="East Boston High School (online post; threatened location is the front entrance at dismissal)",
         desc=("Mateo's friend showed AP Ortega the Instagram story at 7:45 AM. The poster, about 22, is the older "
               "brother of a student who fought Mateo last week (both suspended). The story shows him holding a "
               "black handgun and says \"Mateo think he tough. EBHS tomorrow at 2:30 we see.\" SSS saw the same man "
               "in a black Honda Civic on Bennington St at dismissal two days ago. Staff believe the brother moved "
               "to Chestnut St in Lynn with his girlfriend and runs with the Orient Heights boys like his cousins."),
         dec="allow", mnc=["Chestnut St", "Lynn", "Orient Heights boys"], key="handgun",
         mct=["Instagram story", "black Honda Civic", "tomorrow at 2:30"],
         cats=["neighborhood", "gang_affiliation"], tags=["sibling_online", "sibling_cousin", "student_victim"]),

    dict(g="credible_threat", rec="bpd/district-b3", t="22:40", d="prev",
         s=("Yusuf Carrington", 9, "Jeremiah E. Burke High School",
            {"home_address": "88 Ballou Ave, Dorchester MA 02124"}),
         ts=("Yusuf's father left a voicemail on the main office line: \"If you suspend my son again I will come "
             "up there and shoot Mr. Wilkins in front of everybody. I'm not playing.\" He has come into the "
             "building angry twice this month and told staff he keeps a gun in his car."),
         att=[{"kind": "audio", "name": "main_office_voicemail_2240.m4a"}],
         loc="Jeremiah E. Burke High School main office (voicemail)",
         desc=("Voicemail left on the main office line at 10:40 PM and heard by the office manager at 7 AM. The "
               "caller identified himself as Yusuf's father and said \"If you suspend my son again I will come up "
               "there and shoot Mr. Wilkins in front of everybody.\" Recording saved and attached. He was in the "
               "building twice this month yelling at staff and told SSS Green he \"keeps a gun in the car.\" Yusuf "
               "is serving a 3-day suspension for fighting. On the voicemail he also says his visa expired so he "
               "\"has nothing to lose.\""),
         dec="allow", mnc=["visa expired", "Ballou Ave", "02124"], key="shoot Mr. Wilkins",
         mct=["shoot Mr. Wilkins", "voicemail", "keeps a gun in the car"],
         cats=["immigration_status", "neighborhood"], tags=["parent_aggressor", "staff_target", "structured_fields"]),

    dict(g="credible_threat", rec="bpd/district-e18", t="20:15", d="prev",
         s=("Aaliyah Burgess", 11, "Boston Community Leadership Academy", {}),
         ts=("Former student Javon (19, withdrew last year) texted Aaliyah: \"I'll be at BCLA Monday with my "
             "strap, you and your new man better not be outside.\" The same night he posted a photo holding a "
             "handgun, and he has come to the front door twice since January."),
         loc="Boston Community Leadership Academy (text messages; threatened location is the school)",
         desc=("Aaliyah brought the texts to her counselor at 8 AM. Sent 8:15 PM last night from Javon's number: "
               "\"I'll be at BCLA Monday with my strap, you and your new man better not be outside.\" An hour later "
               "he posted a Snapchat photo holding a handgun with an extended magazine. Javon withdrew last year; "
               "staff turned him away at the front door twice since January. Aaliyah says he lives with his aunt in "
               "the Lenox Street apartments and has been with the Lenox crew since he came back."),
         dec="allow", mnc=["Lenox"], key="strap",
         mct=["with my strap", "extended magazine", "front door twice"],
         cats=["neighborhood", "gang_affiliation"], tags=["former_student", "student_victim"]),

    dict(g="credible_threat", rec="bpd/district-e5", t="14:05",
         s=("Mia Ferraro", 4, "Patrick Lyndon K-8", {"custody_order": "Mother sole physical custody; father no pickup"}),
         ts=("Mia's father, who is not an authorized pickup under a court order, was refused at the front desk and "
             "said: \"You don't give me my daughter today, I'm coming back with my gun and taking her.\" He has a "
             "prior 209A violation."),
         loc="Patrick Lyndon K-8, front desk",
         desc=("At 2:05 PM Mia's father came to the front desk and demanded to sign her out. Per the court order in "
               "her file he is not an authorized pickup. When Ms. Greer told him so he slammed both hands on the "
               "desk and said \"You don't give me my daughter today, I'm coming back with my gun and taking her.\" "
               "He left in a black Chevy Silverado. Mia was in class. Her mother came immediately; she says he "
               "violated a 209A last year, that she moved to her sister's place on Corinth St to hide from him, and "
               "that his removal case is why he is \"desperate.\""),
         dec="allow", mnc=["Corinth St", "removal case"], key="coming back with my gun",
         mct=["coming back with my gun", "black Chevy Silverado", "front desk"],
         cats=["neighborhood", "immigration_status"], tags=["custody", "parent_aggressor", "structured_fields"]),

    dict(g="credible_threat", rec="bpd/district-e13", t="21:30", d="prev",
         s=("Wesley Dorvil", 10, "Boston Green Academy", {}),
         ts=("A 20-year-old man, the cousin of a student Wesley argued with, posted a Snapchat story tagging "
             "Wesley: \"pull up on @wes.dvl at Forest Hills busway tmrw 3pm\" over a picture of a rifle. Wesley "
             "changes buses at Forest Hills every school day around 3 PM."),
         loc="Forest Hills busway (threatened location); post made online",
         desc=("Wesley's mother forwarded screenshots at 6:50 AM. The story, posted around 9:30 PM, shows a rifle on "
               "a bed with the text \"pull up on @wes.dvl at Forest Hills busway tmrw 3pm\". The poster is not a "
               "student; he is the adult cousin of a 10th grader Wesley argued with in the cafeteria. Wesley "
               "changes buses at Forest Hills every day around 3. His mother says the family came from Haiti in "
               "2023 on humanitarian parole and she is afraid of attention, but she wants Wesley protected."),
         dec="allow", mnc=["Haiti", "humanitarian parole"], key="rifle",
         mct=["Forest Hills busway", "rifle on a bed", "tmrw 3pm"],
         cats=["national_origin", "immigration_status"], tags=["sibling_online", "sibling_cousin", "student_victim"]),

    dict(g="credible_threat", rec="bpd/district-b2", t="15:20",
         s=("Joelle Mabry", 10, "Edward M. Kennedy Academy for Health Careers", {}),
         ts=("A man on Smith St who has confronted students walking to the bus for weeks told Joelle and two "
             "classmates: \"next time I see you on my block I'm getting my gun and you won't walk home.\" He then "
             "went inside and came back to his doorway holding a long gun."),
         loc="Smith St, on the walk to the Huntington Ave bus",
         desc=("At 3:20 PM Joelle and two classmates walked down Smith St to the bus on Huntington Ave. A man who "
               "has yelled at our students before came off his porch and said \"next time I see you on my block I'm "
               "getting my gun and you won't walk home.\" He went inside and came back to the doorway holding what "
               "the girls describe as a long gun. They ran for the bus and told the nurse the next morning. Joelle "
               "lives in Mission Main and has no other way to walk to the bus."),
         dec="allow", mnc=["Mission Main"], key="getting my gun",
         mct=["getting my gun", "long gun", "Smith St"],
         cats=["neighborhood"], tags=["neighbor", "student_victim", "adult_aggressor"]),

    dict(g="credible_threat", rec="bpd/district-c11", t="11:30",
         s=("Nevaeh Cole", 7, "TechBoston Academy", {}),
         ts=("Nevaeh's mother's ex-boyfriend, released from custody last week and under a restraining order, "
             "called the main office: \"Tell her if I can't see Nevaeh I'll shoot up that school, I know what time "
             "they let out.\""),
         loc="TechBoston Academy main office (phone call)",
         desc=("At 11:30 AM the main office took a call from a man who identified himself as the ex-boyfriend of "
               "Nevaeh's mother. He said \"Tell her if I can't see Nevaeh I'll shoot up that school, I know what time "
               "they let out,\" and hung up. He is not a parent or guardian; the mother has a restraining order and "
               "says he was released last week. She says he is back with the Wendover crew and that she and Nevaeh "
               "are staying with her sister on Westview St so he cannot find them."),
         dec="allow", mnc=["Wendover crew", "Westview St"], key="shoot up that school",
         mct=["shoot up that school", "restraining order", "11:30 AM"],
         cats=["gang_affiliation", "neighborhood"], tags=["parent_partner", "adult_aggressor"]),

    dict(g="credible_threat", rec="bpd/district-a15", t="15:00",
         s=("Tyler Dunne", 9, "Charlestown High School", {}),
         ts=("A man in a gray Infiniti sedan pulled up to the Bunker Hill St bus stop, lifted a handgun from his lap "
             "so students could see it and said \"tell Tyler I'm coming back for him tomorrow.\""),
         loc="Bus stop on Bunker Hill St",
         desc=("Around 3 PM a man in a gray Infiniti sedan pulled up to the Bunker Hill St bus stop where about ten "
               "of our students were waiting, lifted a handgun from his lap so they could see it, and said \"tell "
               "Tyler I'm coming back for him tomorrow.\" Tyler had an online argument with the man's younger "
               "brother last week. Tyler's mother says their parish priest at St. Mary's offered to help mediate "
               "with the other family."),
         dec="allow", mnc=["parish priest", "St. Mary's"], key="handgun",
         mct=["gray Infiniti sedan", "coming back for him tomorrow", "Bunker Hill St bus stop"],
         cats=["religion"], tags=["bus_stop", "sibling_cousin", "student_victim", "driver"]),

    # "Fairmount Titans" is a team name, not a residence: it stays
    dict(g="credible_threat", rec="bpd/district-d14", t="19:10",
         s=("Jamal Pryce", 12, "Boston Green Academy", {}),
         ts=("After the game, the head coach of the visiting Fairmount Titans AAU team followed Jamal to the lobby, "
             "said \"I know where you catch your bus, I'll catch you after the next game and put you in the "
             "hospital,\" and opened his jacket to show a knife in a sheath on his belt."),
         loc="Boston Green Academy lobby after an evening game",
         desc=("At about 7:10 PM, after our home game, the head coach of the visiting Fairmount Titans AAU team "
               "followed Jamal into the lobby and said \"I know where you catch your bus, I'll catch you after the "
               "next game and put you in the hospital.\" He opened his jacket to show a knife in a sheath on his "
               "belt. Our AD and two parents heard it. Jamal's mother asked that police reach her at work because "
               "of trouble with their landlord on Fowler St."),
         dec="allow", mnc=["Fowler St"], key="knife",
         mct=["put you in the hospital", "knife in a sheath", "Fairmount Titans"],
         cats=["neighborhood"], tags=["coach", "student_victim", "adult_aggressor", "precision"]),

    dict(g="credible_threat", rec="bpd/district-b3", t="16:30", d="2026-05-28",
         s=("Kenia Andrade", 12, "Jeremiah E. Burke High School", {}),
         ts=("Kenia's grandmother reported that Kenia's uncle, an adult, has said at home that he will bring his "
             "pistol to the Burke graduation at the Strand Theatre and \"deal with\" the family of Kenia's "
             "ex-boyfriend. She saw the pistol in his room last night."),
         loc="Jeremiah E. Burke High School main office (report); threatened location Strand Theatre",
         desc=("Kenia's grandmother came to the main office at 4:30 PM, visibly scared, with Kenia interpreting "
               "because the grandmother speaks only Cape Verdean Creole. She said Kenia's uncle, her son, keeps "
               "saying he will bring his pistol to graduation on June 10 at the Strand Theatre to \"deal with\" the "
               "family of Kenia's ex-boyfriend. She saw the pistol, a black handgun, in a shoebox in his room last "
               "night. She asked that the school not tell him she came in."),
         dec="allow", mnc=["Cape Verdean"], key="pistol",
         mct=["Strand Theatre", "bring his pistol to graduation", "shoebox"],
         cats=["language"], tags=["uncle", "grandparent"]),

    dict(g="credible_threat", rec="bpd/district-c11", t="12:10",
         s=("Josiah Benn", 8, "Lilla G. Frederick Pilot Middle School", {}),
         ts=("A contracted cafeteria monitor told Josiah in front of other students: \"I know where you live, I'll "
             "have my nephews come handle you and they don't play.\" He repeated it in the hallway and later said "
             "his nephews carry guns."),
         loc="Frederick Pilot Middle School cafeteria",
         desc=("At 12:10 PM lunch a contracted cafeteria monitor argued with Josiah about a spilled tray and said, "
               "in front of the table, \"I know where you live, on Lawrence Ave, I'll have my nephews come handle "
               "you and they don't play.\" He said it again in the hallway and told another student his nephews "
               "carry guns. The monitor has been removed from the building by the vendor."),
         dec="allow", mnc=["Lawrence Ave"], key="handle you",
         mct=["cafeteria monitor", "nephews come handle you"],
         cats=["neighborhood"], tags=["staff_aggressor", "contractor", "student_victim"]),

    dict(g="credible_threat", rec="bpd/district-b2", t="19:00", d="prev",
         s=("Kayla Simmons", 9, "Boston Latin Academy", {}),
         ts=("Kayla's older sister (21, not a student) posted a TikTok naming the girl Kayla fought: \"Tomorrow at "
             "BLA dismissal I'm bringing my mace and my blade, she getting finished.\" She has come to dismissal "
             "before."),
         loc="Boston Latin Academy (online post; threatened location is dismissal)",
         desc=("A parent sent the TikTok to the AP at 7 PM. Kayla's older sister, 21 and not a student, named the "
               "girl Kayla fought on Tuesday and said \"Tomorrow at BLA dismissal I'm bringing my mace and my blade, "
               "she getting finished.\" She was at dismissal twice last month. The AP spoke to Kayla and her father "
               "this morning. Kayla says her sister lives in the Cathedral development with her boyfriend."),
         dec="allow", mnc=["Cathedral development"], key="mace",
         mct=["TikTok", "mace and my blade"],
         cats=["neighborhood"], tags=["sibling_online", "sibling_cousin"]),

    dict(g="credible_threat", rec="bpd/district-c11", t="13:00",
         s=("Darnell Akins", 10, "Dorchester Academy", {"sis_flags": ["sibling gang-involved (Cameron St) per SSS"]}),
         ts=("Former student Quentin (18), who says he is Cameron St, has sent Darnell DMs with a photo of a "
             "handgun: \"Ashmont stop 2:30, no talking this time.\" Darnell takes the bus from Ashmont every day."),
         loc="Ashmont station bus stop (threatened location)",
         desc=("Darnell showed his advisor DMs at 1 PM from former student Quentin (18): a photo of a handgun on a "
               "car seat and \"Ashmont stop 2:30, no talking this time.\" Darnell takes the bus from Ashmont every "
               "day after school. Quentin left school in November. Staff held Darnell after dismissal and his "
               "father picked him up."),
         dec="allow", mnc=["Cameron St"], key="handgun",
         mct=["Ashmont stop 2:30", "photo of a handgun", "DMs"],
         cats=["gang_affiliation"], tags=["former_student", "student_victim", "structured_fields", "threat_text_forbidden"]),

    dict(g="credible_threat", rec="bpd/district-e18", t="23:10", d="prev",
         s=("Valeria Cruz", 11, "Boston Community Leadership Academy", {}),
         ts=("Valeria's mother's boyfriend sent her chemistry teacher, Mr. Pham, Facebook messages: \"You failed her "
             "on purpose. I'll be waiting by your car with something for you. Red Prius right?\" He correctly "
             "described Mr. Pham's car."),
         loc="Online messages; threatened location BCLA staff lot",
         desc=("Mr. Pham received Facebook messages at 11:10 PM from the boyfriend of Valeria's mother: \"You failed "
               "her on purpose. I'll be waiting by your car with something for you. Red Prius right?\" Mr. Pham does "
               "drive a red Prius and parks in the staff lot. Valeria told her counselor the boyfriend moved here "
               "from Ecuador last year and doesn't have status, and asked us not to say anything about that."),
         dec="allow", mnc=["Ecuador", "doesn't have status"], key="waiting by your car",
         mct=["waiting by your car", "red Prius", "Facebook messages"],
         cats=["national_origin", "immigration_status"], tags=["parent_partner", "staff_target"]),

    dict(g="credible_threat", rec="bpd/district-a7", t="20:30", d="prev",
         s=("Samuel Ortega", 8, "Mario Umana Academy", {}),
         ts=("In a parents' group chat, Samuel's mother wrote that she will bring her husband's gun to Thursday's "
             "PTO meeting and \"end\" Principal Gaskin if Samuel is not allowed on the 8th grade trip. Two parents "
             "reported it and she told one of them she meant it."),
         att=[{"kind": "document", "name": "group_chat_screenshots_translated.pdf"}],
         loc="Online group chat; threatened location Mario Umana Academy PTO meeting",
         desc=("Two parents brought screenshots to the main office this morning from a parents' group chat (posted "
               "around 8:30 PM). Samuel's mother wrote that she would bring her husband's gun to Thursday's PTO "
               "meeting and \"end\" Principal Gaskin if Samuel is kept off the 8th grade trip. When another parent "
               "asked if she was joking she answered \"no.\" The chat is in Spanish; Ms. Rivera translated the "
               "screenshots."),
         dec="allow", mnc=["Spanish"], key="husband's gun",
         mct=["PTO meeting", "husband's gun", "screenshots"],
         cats=["language"], tags=["parent_aggressor", "staff_target"]),

    dict(g="credible_threat", rec="bpd/district-b3", t="15:10",
         s=("Rohan Whyte", 11, "Another Course to College", {}),
         ts=("An adult man who sells near the Mattapan Square bus stop told Rohan he owes $200 and said \"have it "
             "tomorrow or I'll put a bullet in you at this stop,\" showing a gun in his waistband."),
         loc="Mattapan Square bus stop",
         desc=("Rohan told the dean at 3:10 PM that an adult man who sells around the Mattapan Square bus stop says "
               "Rohan owes him $200 and today told him \"have it tomorrow or I'll put a bullet in you at this "
               "stop,\" lifting his shirt to show a gun in his waistband. Rohan says the man is in his 30s and "
               "drives a white Charger. Rohan's mother asked us not to contact his father, who was deported to "
               "Jamaica last year."),
         dec="allow", mnc=["deported", "Jamaica"], key="put a bullet in you",
         mct=["Mattapan Square bus stop", "put a bullet in you", "white Charger"],
         cats=["immigration_status", "national_origin"], tags=["bus_stop", "student_victim", "adult_aggressor", "precision"]),

    # ================================ ALLOW: drugs ================================
    dict(g="drugs", subs=["fentanyl", "counterfeit oxycodone"], rec="bpd/district-b2", t="14:35",
         s=("Zion Harper", 8, "Rafael Hernandez K-8", {}),
         loc="Rafael Hernandez K-8 pickup, curbside",
         desc=("At pickup (2:35 PM) SSS saw Zion's mother's boyfriend hand Zion a small ziploc from the driver's "
               "window of a black Nissan Maxima and tell him to \"put it in your bag.\" SSS stopped Zion before he "
               "got in the car and the boyfriend drove off. The bag held 14 blue pills stamped M30; the nurse and "
               "SSS believe they are counterfeit oxycodone pressed with fentanyl. Zion said the boyfriend is from the "
               "Annunciation Road crew and keeps the pills at their apartment on Ruggles St."),
         dec="allow", mnc=["Annunciation Road crew", "Ruggles St"], key="fentanyl",
         mct=["14 blue pills", "M30", "black Nissan Maxima"],
         cats=["gang_affiliation", "neighborhood"], tags=["parent_partner", "parent_drugs", "pickup"]),

    dict(g="drugs", subs=["cocaine", "marijuana"], rec="bpd/district-d14", t="11:50",
         s=("Nathan Ocampo", 12, "Brighton High School", {}),
         loc="Brighton High School, faculty lot and 2nd floor lockers",
         desc=("At 11:50 AM SSS saw Nathan take a shoebox out of the trunk of a white Honda Accord parked in the "
               "faculty lot by his older brother (24). The box went into Nathan's locker, where SSS later found 18 "
               "small baggies of white powder (suspected cocaine) and about half an ounce of marijuana. Nathan said "
               "his brother asked him to hold it for the day. The brother left before SSS got outside. Nathan says "
               "the brother lives in Chelsea with their aunt."),
         dec="allow", mnc=["Chelsea"], key="cocaine",
         mct=["18 small baggies", "white Honda Accord", "shoebox"],
         cats=["neighborhood"], tags=["sibling_cousin", "parking_lot"]),

    dict(g="drugs", subs=["oxycodone"], rec="bpd/district-d4", t="13:15",
         s=("Ana Lucia Vargas", 10, "Fenway High School", {"ell_status": "English learner, level 2"}),
         loc="Fenway High School, 3rd floor science wing supply closet and bathroom",
         desc=("The painting crew working in the 3rd floor science wing left a prescription bottle of oxycodone 10 "
               "mg (label in one painter's name) in an unlocked supply closet. Ana Lucia and two other students took "
               "it during 5th period (about 1:15 PM) and she handed out pills in the bathroom. One student became "
               "drowsy and was seen by the nurse; 9 pills remain of the 30 on the label. The contractor's foreman "
               "was notified. Ana Lucia is an English learner (level 2) and her father asked for a Spanish-speaking "
               "staff member at the meeting."),
         dec="allow", mnc=["English learner", "Spanish-speaking"], key="oxycodone",
         mct=["oxycodone 10", "supply closet", "9 pills remain"],
         cats=["language"], tags=["contractor", "structured_fields"]),

    dict(g="drugs", subs=["Xanax"], rec="bpd/district-d4", t="10:25",
         s=("Yahir Peguero", 9, "Snowden International School", {}),
         loc="Snowden International School, room 205",
         desc=("At 10:25 AM a teacher saw Yahir selling small white bars to two classmates at the back of room 205. "
               "He had 11 bars in a sandwich bag, imprinted XANAX 2. Yahir says he took them from his grandmother's "
               "bottle. The grandmother came in with a neighbor to translate; she recently arrived from the "
               "Dominican Republic and doesn't speak English. She confirmed she is prescribed alprazolam and that a "
               "bottle went missing this week."),
         dec="allow", mnc=["Dominican Republic", "doesn't speak English"], key="Xanax",
         mct=["11 bars", "room 205", "XANAX 2"],
         cats=["national_origin", "language"], tags=["grandparent"]),

    dict(g="drugs", subs=["MDMA"], rec="bpd/district-e18", t="19:45",
         s=("Corey Mitchell", 11, "New Mission High School", {"address": "12 Hendry St, Dorchester 02125"}),
         loc="New Mission High School lobby bathroom during home game",
         desc=("At the home game (7:45 PM) SSS saw an adult visitor, early 20s, in the lobby bathroom handing small "
               "pink pills to students for cash. Corey was stopped coming out with 3 pink pills shaped like Tesla "
               "logos; he said he paid $20 each and the man called them molly (MDMA). The visitor ran out the side "
               "door to a green Jeep Compass. Corey's mother was called at the number on file."),
         dec="allow", mnc=["Hendry St", "02125"], key="MDMA",
         mct=["pink pills", "Tesla logos", "green Jeep Compass"],
         cats=["neighborhood"], tags=["visitor", "structured_fields"]),

    dict(g="drugs", subs=["crack cocaine"], rec="bpd/district-c6", t="12:00",
         s=("Aubrey Lyons", 5, "Joseph Lee K-8", {}),
         loc="Joseph Lee K-8 cafeteria",
         desc=("At lunch (12:00) the lunch aide saw a small knotted plastic bag of off-white rocks in Aubrey's "
               "lunchbox under her sandwich. Aubrey said her mom's boyfriend packed her lunch today. The nurse and "
               "principal secured it; it appears to be crack cocaine, about 10 rocks. DCF 51A filed. Aubrey's mother "
               "said the boyfriend stays with them on and off in their unit at Old Colony and that he is from "
               "Guyana and has family who could take the kids if needed."),
         dec="allow", mnc=["Old Colony", "Guyana"], key="crack cocaine",
         mct=["lunchbox", "off-white rocks", "about 10 rocks"],
         cats=["neighborhood", "national_origin"], tags=["parent_partner", "parent_drugs"]),

    dict(g="drugs", subs=["psilocybin"], rec="bpd/district-d14", t="07:40",
         s=("Hailey Dunbar", 10, "Boston Green Academy", {}),
         loc="Chestnut Hill Ave bus stop (handoff); Boston Green Academy nurse's office",
         desc=("The nurse found Hailey and a friend at 9 AM giggling and nauseous. Hailey said her older cousin "
               "(about 22) gave them mushroom gummies at the Chestnut Hill Ave bus stop at 7:40 AM. Four more "
               "gummies in a mylar bag labeled \"Psilocybin 3.5g\" were found in Hailey's bag. Both girls were "
               "evaluated by EMS and released to parents. Hailey says the cousin sells them and lives in the "
               "Commonwealth development behind the school."),
         dec="allow", mnc=["Commonwealth development"], key="psilocybin",
         mct=["mushroom gummies", "Chestnut Hill Ave bus stop", "mylar bag"],
         cats=["neighborhood"], tags=["sibling_cousin", "bus_stop"]),

    dict(g="drugs", subs=["methamphetamine"], rec="bpd/district-b2", t="09:30",
         s=("Brianna Walsh", 11, "Madison Park Technical Vocational High School", {}),
         loc="Madison Park, 2nd floor girls' bathroom",
         desc=("Brianna was found in the 2nd floor girls' bathroom at 9:30 AM with a glass pipe and a small baggie "
               "of clear crystal she said was methamphetamine, given to her by her mother's partner, who lives with "
               "them. She was agitated, heart rate 140; EMS took her to BMC. Pipe and baggie secured. Brianna says "
               "the partner buys it from a man at the bus stop on Mass Ave, and that people at their church, "
               "Abundant Grace Pentecostal, have been urging her mother to leave him."),
         dec="allow", mnc=["Pentecostal", "Abundant Grace"], key="methamphetamine",
         mct=["glass pipe", "clear crystal", "heart rate 140"],
         cats=["religion"], tags=["parent_partner", "parent_drugs"]),

    dict(g="drugs", subs=["heroin"], rec="bpd/district-e13", t="10:05",
         s=("Miguel Serrano", 9, "English High School", {}),
         loc="English High School, staff bathroom by room 118",
         desc=("At 10:05 AM Miguel told his teacher he found \"needles and stuff\" in the staff bathroom by room 118, "
               "which students use when the student bathroom is locked. The AP found two used syringes, a spoon and "
               "a wax-paper fold stamped PANTHER holding brown powder (suspected heroin). A substitute teacher who "
               "had been in that bathroom for 20 minutes was found nodding off in room 118 and went by EMS to "
               "Faulkner; he is barred from the building. Miguel did not touch anything. Miguel's father, a pastor "
               "at Iglesia Vida Nueva, came to pick him up."),
         dec="allow", mnc=["pastor", "Iglesia"], key="heroin",
         mct=["two used syringes", "PANTHER", "room 118"],
         cats=["religion"], tags=["staff_aggressor", "student_witness"]),

    dict(g="drugs", subs=["Percocet"], rec="bpd/district-e5", t="07:20",
         s=("Artem Kovalenko", 7, "Ohrenberger School", {"immigration_notes": "refugee arrival 2024"}),
         loc="Morning school bus route",
         desc=("Artem told his counselor that the monitor on his school bus (adult woman, contractor employee) has "
               "been giving him \"pain pills\" for his knee since December. He handed over two tablets stamped "
               "Percocet 10/325 that she gave him on the bus this morning at 7:20 AM. The nurse identified them as "
               "oxycodone/acetaminophen. Artem is not prescribed any pain medication. His family came from Ukraine "
               "through the refugee program last year and they were worried he would be in trouble."),
         dec="allow", mnc=["Ukraine", "refugee"], key="Percocet",
         mct=["monitor on his school bus", "Percocet 10/325", "two tablets"],
         cats=["national_origin", "immigration_status"], tags=["contractor", "driver", "structured_fields"]),

    dict(g="drugs", subs=["vape", "fentanyl"], rec="bpd/district-a15", t="14:10",
         s=("Cody Sullivan", 10, "Charlestown High School", {}),
         loc="Charlestown High School, Medford St entrance",
         desc=("At 2:10 PM outside the Medford St entrance SSS saw Cody's older brother (21) pass him a vape pen and "
               "a small folded lottery ticket. Cody turned both over when asked. The lottery ticket held a gray "
               "powder; Cody says his brother told him it was \"fetty\" (fentanyl) for a friend. Naloxone was ready; "
               "nobody used anything. The brother left in a gray Ford Escape. Cody's mother told the AP the brother "
               "is living at a sober house in Quincy and she had no idea."),
         dec="allow", mnc=["Quincy"], key="fentanyl",
         mct=["folded lottery ticket", "gray powder", "gray Ford Escape"],
         cats=["neighborhood"], tags=["sibling_cousin", "mixed_substances"]),

    dict(g="drugs", subs=["LSD"], rec="bpd/district-d4", t="12:40",
         s=("Sage Whitmore", 11, "Boston Arts Academy", {}),
         loc="Ramler Park next to the school (lunch)",
         desc=("A former student (class of 2024) was seen selling in Ramler Park next to the school at lunch, "
               "12:40 PM. Sage bought two paper tabs with a cartoon print that she said were LSD and took one before "
               "5th period. She had visual disturbances and panic and was taken to Children's. The other tab was "
               "recovered. Sage says the former student goes by \"Fresh\" and is in the same Lower Roxbury crew as "
               "her brother."),
         dec="allow", mnc=["Lower Roxbury crew"], key="LSD",
         mct=["two paper tabs", "Ramler Park", "visual disturbances"],
         cats=["gang_affiliation"], tags=["former_student"]),

    # ================================ DENY: ground_not_permitted ================================
    dict(g="custody_dispute", rec="bpd/district-a7", t="14:30",
         s=("Luis Fernando Alas", 3, "Mario Umana Academy", {}),
         loc="Mario Umana Academy side gate at dismissal",
         desc=("At dismissal Luis Fernando's mother, who under the custody order on file has supervised visits "
               "only, came to the side gate and tried to walk him to her car. Ms. Bui held on to his hand and the "
               "mother left after about five minutes of yelling. No weapon, nobody hurt. The father asked us to "
               "report it. He says her green card was denied and she has talked about taking the boy to Colombia."),
         dec="ground_not_permitted", mnc=["green card", "Colombia"],
         cats=["immigration_status", "national_origin"], tags=["custody"]),

    dict(g="trespass", rec="bpd/district-c6", t="08:05",
         s=("Kiara Boone", 11, "Excel High School", {}),
         loc="Excel High School main entrance",
         desc=("For the third time this month former student Jaquan (19, withdrew 2024) followed students through "
               "the main door at 8:05 AM and went looking for his ex-girlfriend, Kiara. He left when SSS asked. No "
               "threats, no weapon. Kiara's mother wants police to know. Kiara says he lives with his grandmother in "
               "the Mary Ellen McCormack development."),
         dec="ground_not_permitted", mnc=["Mary Ellen McCormack"],
         cats=["neighborhood"], tags=["former_student", "visitor"]),

    dict(g="fight", rec="bpd/district-b3", t="15:00",
         s=("Ruth-Ann Pierre", 9, "Jeremiah E. Burke High School", {}),
         loc="Jeremiah E. Burke High School staff lot",
         desc=("At 3 PM in the staff lot two fathers argued about a fight their daughters (one is Ruth-Ann) had in "
               "gym. They shoved each other and one was pushed into a parked car; a scraped elbow, no medical "
               "attention. No weapons. They left separately. The AP adds that the fathers are from rival Haitian "
               "and Jamaican families on Fessenden St."),
         dec="ground_not_permitted", mnc=["Haitian", "Jamaican", "Fessenden St"],
         cats=["ethnicity", "neighborhood"], tags=["parent_aggressor", "parking_lot"]),

    dict(g="gang_activity", rec="bpd/district-b3", t="14:20",
         s=("Dante Whitaker", 10, "Young Achievers Science and Mathematics Pilot School",
            {"sis_alerts": ["brother - Corbet St crew (unverified)"]}),
         loc="Outside the Young Achievers entrance at dismissal",
         desc=("For the past week an adult male, Dante's older brother, has sat in a parked car outside the "
               "entrance at dismissal. SSS believes he is with the Corbet St crew and is there to watch for a rival. "
               "No weapon seen, no threats, nothing has happened. Sharing with BPD for awareness."),
         dec="ground_not_permitted", mnc=["Corbet St crew"],
         cats=["gang_affiliation"], tags=["sibling_cousin", "structured_fields"]),

    dict(g="suspicious_person", rec="bpd", t="10:15",
         s=("Elian Guardado", 8, "Mario Umana Academy", {}),
         loc="Mario Umana Academy front desk",
         desc=("At 10:15 AM two men in plain clothes with a black SUV came to the front desk asking whether Elian's "
               "father still picks him up and at what time. They would not give names or an agency. One mentioned "
               "the father's deportation case. Ms. Franco gave no information and they left. Elian's mother later "
               "told us the father was detained last year and released with an ankle monitor."),
         dec="ground_not_permitted", mnc=["deportation case", "ankle monitor"],
         cats=["immigration_status"], tags=["visitor"]),

    dict(g="vandalism", rec="bpd/district-c11", t="19:10",
         s=("Kaylin Lopes", 6, "Lilla G. Frederick Pilot Middle School", {}),
         loc="Frederick Pilot Middle School front door",
         desc=("At 7:10 PM after the family math night, the boyfriend of Kaylin's mother, angry she had been kept "
               "late, kicked the glass panel of the front door and shattered it. No one was hurt. Camera footage "
               "shows him leaving in a red pickup. Damage estimate $2,400. Kaylin was with her mother. Staff say the "
               "boyfriend came from Cape Verde last year and speaks mostly Kriolu."),
         dec="ground_not_permitted", mnc=["Cape Verde", "Kriolu"],
         cats=["national_origin", "language"], tags=["parent_partner"]),

    dict(g="harassment", rec="bpd/district-b2", t="14:50",
         s=("Yaretzi Monroy", 7, "Orchard Gardens K-8", {}),
         loc="Orchard Gardens K-8 bus loop",
         desc=("A man who lives across from the bus loop has yelled at students from his window for months. Today "
               "at 2:50 PM he yelled at Yaretzi \"go back to Mexico\" and threw a cup of water on her from his "
               "steps. No injury. Her mother asked that we report it. Yaretzi's family lives on Dacia St and walks "
               "past his house every day."),
         dec="ground_not_permitted", mnc=["Mexico", "Dacia St"],
         cats=["national_origin", "neighborhood"], tags=["neighbor", "slur_quote"]),

    dict(g="theft", rec="bpd/district-d14", t="10:20",
         s=("Nayla Haddad", 10, "Brighton High School", {}),
         loc="Brighton High School gym bleachers",
         desc=("An electrician working for the contractor on the gym lights took Nayla's phone off the bleachers "
               "during PE at 10:20 AM; two students and the PE teacher saw it. He denied it and left for the day. "
               "Nayla is very upset because the phone has photos of her family's asylum documents on it."),
         dec="ground_not_permitted", mnc=["asylum documents"],
         cats=["immigration_status"], tags=["contractor"]),

    dict(g="disorderly_conduct", rec="bpd/district-d4", t="11:00",
         s=("Hamza Idris", 9, "Snowden International School", {"guardian_language": "Arabic"}),
         loc="Snowden International School main office",
         desc=("Hamza's father came to the main office at 11 AM upset about an attendance letter, shouting and "
               "slamming the counter. He left after 15 minutes when the AP came out. No threats, no weapon, nobody "
               "hurt. An Arabic interpreter was called because he only speaks Arabic; he kept saying the letter was "
               "an insult because it came during Ramadan."),
         dec="ground_not_permitted", mnc=["Arabic", "Ramadan"],
         cats=["language", "religion"], tags=["parent_aggressor", "structured_fields"]),

    dict(g="general_intelligence", rec="bpd/district-b2", t="15:00",
         s=("Jordan Tillman", 10, "John D. O'Bryant School of Mathematics and Science", {}),
         loc="O'Bryant School, Malcolm X Blvd curb",
         desc=("Sharing for awareness only. Jordan and a few other 10th grade boys are being picked up after school "
               "in a silver Lexus by two men in their 20s who staff believe are with the Ruthven crew. One of the "
               "men lives on Ruthven St. No incident has occurred."),
         dec="ground_not_permitted", mnc=["Ruthven"],
         cats=["gang_affiliation", "neighborhood"], tags=["driver", "pickup"]),

    dict(g="simple_assault", rec="bpd/district-b3", t="15:15",
         s=("Terrence Hale", 9, "Jeremiah E. Burke High School", {}),
         loc="Bus stop on Blue Hill Ave by the school",
         desc=("At 3:15 PM at the bus stop on Blue Hill Ave by the school, Terrence was punched once in the mouth by "
               "his older cousin (20) during an argument about a family matter. Split lip; ice pack from the nurse. "
               "The cousin left. Terrence says the cousin has been angry since their grandmother's house on Lorne "
               "St was sold."),
         dec="ground_not_permitted", mnc=["Lorne St"],
         cats=["neighborhood"], tags=["sibling_cousin", "bus_stop"]),

    dict(g="welfare_check", rec="bpd/district-c11", t="09:00",
         s=("Amira Tesfaye", 5, "Joseph Lee K-8",
            {"home_language": "Amharic", "address": "44 Wilcock St"}),
         loc="Joseph Lee K-8 (attendance office)",
         desc=("Requesting a BPD welfare check. Amira has been absent four days. Her mother's new partner answered "
               "the phone and said she is \"traveling\" and hung up. The family speaks Amharic at home; the last "
               "known address is 44 Wilcock St."),
         dec="ground_not_permitted", mnc=["Amharic", "Wilcock St"],
         cats=["language", "neighborhood"], tags=["parent_partner", "structured_fields"]),

    dict(g="stalking", rec="bpd/district-c11", t="15:00",
         s=("Tatiana Reyes", 11, "TechBoston Academy", {}),
         loc="Codman Square bus stop",
         desc=("An adult man (20) who dated Tatiana last year waits at the Codman Square bus stop most afternoons "
               "and follows her onto the 22 bus. No threats; he only talks to her. Tatiana says he is with the "
               "Norfolk St crew and that her mother, who is here on a student visa, won't go to court."),
         dec="ground_not_permitted", mnc=["Norfolk St crew", "student visa"],
         cats=["gang_affiliation", "immigration_status"], tags=["bus_stop", "adult_aggressor"]),

    dict(g="suspicious_behavior", rec="bpd/district-e5", t="11:40",
         s=("Hana Gebre", 4, "Ohrenberger School", {}),
         loc="Across from the Ohrenberger schoolyard",
         desc=("A man in a parked tan minivan across from the schoolyard has photographed students at recess with a "
               "long lens on three days this week, most recently at 11:40 AM. He drove off when approached. No "
               "contact. One of the children he focused on is Hana; her father thinks the man is connected to a "
               "dispute at their church, the Ethiopian Evangelical congregation in Roxbury."),
         dec="ground_not_permitted", mnc=["Ethiopian Evangelical"],
         cats=["religion", "ethnicity"], tags=["driver", "visitor"]),

    dict(g="domestic_violence", rec="bpd/district-c11", t="21:30", d="prev",
         s=("Liliana Duarte", 8, "John W. McCormack Middle School", {}),
         loc="Reported to the counselor; incident at the student's home",
         desc=("Liliana told the counselor this morning that last night her stepfather slapped her mother and threw "
               "a plate that hit the wall. Liliana was not hurt. DCF 51A filed. Liliana says her stepfather is from "
               "Brazil and drinks, and her mother wants to talk to her pastor before doing anything."),
         dec="ground_not_permitted", mnc=["Brazil", "pastor"],
         cats=["national_origin", "religion"], tags=["parent_partner"]),

    dict(g="reckless_driving", rec="bpd/district-b3", t="14:25",
         s=("Brayden Okoro", 6, "Young Achievers Science and Mathematics Pilot School", {}),
         loc="Young Achievers pickup loop",
         desc=("At 2:25 PM a father sped through the pickup loop, went around the line and up onto the sidewalk, "
               "nearly hitting Brayden and a teacher. Nobody was hit. Car: black Infiniti QX60. Third time this "
               "month. Staff think he rushes over from his job at the Jamaican restaurant on Blue Hill Ave. "
               "Brayden's family lives on Woodledge St and walks home that way."),
         dec="ground_not_permitted", mnc=["Woodledge St"],
         cats=["neighborhood"], tags=["driver", "parking_lot", "parent_aggressor"]),

    dict(g="cyberbullying", rec="bpd/district-b2", t="18:00", d="prev",
         s=("Noemi Castillo", 7, "Mission Hill K-8", {}),
         loc="Online (neighborhood Facebook group)",
         desc=("The mother of another 7th grader posted Noemi's photo in a neighborhood Facebook group calling her "
               "a \"thief\" and telling parents to keep their kids away from her. It has 200 comments. Noemi is "
               "afraid to come to school. The post also says Noemi's family \"came here illegally from "
               "Venezuela.\""),
         dec="ground_not_permitted", mnc=["came here illegally", "Venezuela"],
         cats=["immigration_status", "national_origin"], tags=["parent_aggressor", "sibling_online"]),

    dict(g="verbal_altercation", rec="bpd/district-b2", t="16:45",
         s=("Kendra Fox", 9, "Boston Latin Academy", {}),
         loc="Boston Latin Academy parking lot",
         desc=("At 4:45 PM the partner of Kendra's mother blocked Principal Sloane's car with his truck and argued "
               "for about ten minutes about Kendra's grades, then left. No contact, no weapon, no threat of harm. "
               "Principal wants it on record. He told her he is \"from the Heath St projects and doesn't scare "
               "easy.\""),
         dec="ground_not_permitted", mnc=["Heath St projects"],
         cats=["neighborhood"], tags=["parent_partner", "parking_lot", "staff_target"]),

    # a real stabbing under a ground code that does not exist: the code decides, not the story
    dict(g="aggravated_assault", w="knife", rec="bpd/district-b2", t="15:35",
         s=("Tobias Grant", 10, "John D. O'Bryant School of Mathematics and Science", {}),
         loc="Ruggles station busway",
         desc=("At 3:35 PM at the Ruggles busway a 19-year-old man who is not a student stabbed Tobias in the thigh "
               "after an argument about a girl. Tobias was taken to BMC and needed surgery. The man ran toward "
               "Tremont St. Tobias's aunt, who he lives with on Bernard St, came to the hospital."),
         dec="ground_not_permitted", mnc=["Bernard St"],
         cats=["neighborhood"], tags=["bus_stop", "adult_aggressor", "code_mismatch"]),

    # ================================ DENY: excluded_substance ================================
    dict(g="drugs", subs=["vodka"], rec="bpd/district-c11", t="14:30",
         s=("Ava Sok", 4, "Joseph Lee K-8", {"home_language": "Khmer"}),
         loc="Joseph Lee K-8 front desk at pickup",
         desc=("Ava's mother came to pickup at 2:30 PM slurring and smelling of alcohol; several empty nips of "
               "vodka fell out of her purse at the front desk. The principal did not release Ava to her and her aunt "
               "picked her up. DCF 51A filed. Mother speaks Khmer and we used the phone interpreter."),
         dec="excluded_substance", mnc=["Khmer"],
         cats=["language"], tags=["parent_drugs", "structured_fields"]),

    dict(g="drugs", subs=["THC cartridges"], rec="bpd/district-b3", t="14:15",
         s=("Jaden Moise", 10, "Jeremiah E. Burke High School", {}),
         loc="Jeremiah E. Burke High School, Washington St pickup",
         desc=("At 2:15 PM SSS saw Jaden's older brother hand him a paper bag through a car window. It held four "
               "THC cartridges. The brother drove away. Jaden says the brother lives on Stratton St with his "
               "girlfriend and sells them."),
         dec="excluded_substance", mnc=["Stratton St"],
         cats=["neighborhood"], tags=["sibling_cousin", "pickup"]),

    dict(g="drugs", subs=["marijuana"], rec="bpd/district-e13", t="13:30",
         s=("Darius Feliz", 11, "Curley K-8 School", {}),
         loc="Curley K-8 loading dock",
         desc=("A roofing contractor's worker has been selling marijuana to students at the loading dock. Today at "
               "1:30 PM Darius was caught buying two grams from him. Darius's guardian is his aunt, who is seeking "
               "asylum and is scared of any police contact."),
         dec="excluded_substance", mnc=["seeking asylum"],
         cats=["immigration_status"], tags=["contractor"]),

    dict(g="drugs", subs=["vape"], rec="bpd/district-b2", t="08:10",
         s=("Malia Trent", 8, "Dearborn STEM Academy", {}),
         loc="Dearborn STEM Academy morning drop-off",
         desc=("At drop-off (8:10 AM) SSS saw Malia's mother's boyfriend hand her a vape pen from the car. Contents "
               "unknown; it was confiscated. Malia says the boyfriend is from the Warren Gardens crew and she "
               "doesn't like him."),
         dec="excluded_substance", mnc=["Warren Gardens crew"],
         cats=["gang_affiliation"], tags=["parent_partner", "parent_drugs"]),

    dict(g="drugs", subs=["cigarettes", "nicotine pouches"], rec="bpd/district-a7", t="15:00",
         s=("Kenny Zhao", 7, "Mario Umana Academy", {"guardian_language": "Toisanese"}),
         loc="Convenience store next to the school",
         desc=("The owner of the convenience store next to the school has been selling loose cigarettes and "
               "nicotine pouches to 7th graders. Kenny bought both at 3 PM and was found with them. Kenny lives with "
               "his grandmother, who only speaks Toisanese."),
         dec="excluded_substance", mnc=["Toisanese"],
         cats=["language"], tags=["vendor", "structured_fields"]),

    dict(g="drugs", subs=["beer"], rec="bpd/district-e18", t="15:40",
         s=("Farid Noori", 6, "Lilla G. Frederick Pilot Middle School", {}),
         loc="School bus #2214",
         desc=("Farid reported that the afternoon bus driver was drinking beer in the driver's seat at 3:40 PM "
               "before the route; the monitor confirmed an open can. The contractor replaced the driver. Farid, who "
               "came as a refugee from Afghanistan, was nervous about reporting an adult."),
         dec="excluded_substance", mnc=["refugee", "Afghanistan"],
         cats=["immigration_status", "national_origin"], tags=["driver", "contractor", "student_witness"]),

    dict(g="drugs", subs=["edibles"], rec="bpd/district-b2", t="10:30",
         s=("Yandel Ramos", 9, "Madison Park Technical Vocational High School", {}),
         loc="Madison Park, nurse's office",
         desc=("Yandel was sent to the nurse at 10:30 AM dizzy and giggling. He said his uncle gave him THC "
               "edibles (gummies) at a family party and he ate the rest this morning. Yandel says his uncle is "
               "Trinitarios."),
         dec="excluded_substance", mnc=["Trinitarios"],
         cats=["gang_affiliation"], tags=["uncle"]),

    dict(g="drugs", subs=["hash", "hard seltzer"], rec="bpd/district-e5", t="18:15",
         s=("Connor Walsh", 11, "Boston Latin School", {}),
         loc="Parking lot outside the stadium, before an evening game",
         desc=("At the tailgate before the 6:15 PM game, Connor's 23-year-old cousin gave him and two friends hash "
               "and hard seltzer from his trunk. A teacher saw it. The cousin lives in Roslindale and has done this "
               "before."),
         dec="excluded_substance", mnc=["Roslindale"],
         cats=["neighborhood"], tags=["sibling_cousin", "parking_lot"]),

    # ================================ DENY: recipient_not_permitted ================================
    dict(g="weapon", w="knife", rec="bric", t="14:45",
         s=("Jahmal Price", 10, "Jeremiah E. Burke High School", {}),
         loc="Jeremiah E. Burke High School, Washington St gate",
         desc=("At 2:45 PM a man in his 20s, older brother of another student, showed a knife at the gate and told "
               "Jahmal to \"watch himself.\" Staff believe the brother is with the Intervale crew; forwarding to the "
               "intelligence center for their files."),
         dec="recipient_not_permitted", mnc=["Intervale crew"],
         cats=["gang_affiliation"], tags=["sibling_cousin", "recipient"]),

    dict(g="credible_threat", rec="commonwealth-fusion-center", t="09:30",
         s=("Ibrahim Sesay", 11, "Brighton High School", {}),
         ts=("Ibrahim's uncle told the dean by phone that he would \"come with his gun\" if Ibrahim was suspended "
             "again."),
         loc="Brighton High School (phone call)",
         desc=("At 9:30 AM Ibrahim's uncle called the dean and said he would \"come with his gun\" if Ibrahim was "
               "suspended again. The uncle is from Sierra Leone and the family attends the mosque on Washington St."),
         dec="recipient_not_permitted", mnc=["Sierra Leone", "mosque"],
         cats=["national_origin", "religion"], tags=["uncle", "recipient"]),

    dict(g="weapon", w="kitchen knife", rec="ice/ero-boston", t="08:30",
         s=("Rosa Menjivar", 9, "East Boston High School", {}),
         loc="East Boston High School lobby",
         desc=("At 8:30 AM Rosa's mother's partner came into the lobby with a kitchen knife looking for Rosa's "
               "teacher. SSS disarmed him. He has a final order of removal, per Rosa's mother."),
         dec="recipient_not_permitted", mnc=["final order of removal"],
         cats=["immigration_status"], tags=["parent_partner", "parent_weapon", "recipient"]),

    dict(g="drugs", subs=["fentanyl"], rec="dhs/hsi", t="14:00",
         s=("Kevin Batista", 10, "Charlestown High School", {}),
         loc="Charlestown High School side lot",
         desc=("At 2 PM Kevin's uncle was seen handing him a bag later found to hold fentanyl powder. The uncle is "
               "from the Dominican Republic; Kevin says he runs with the Bunker Hill crew."),
         dec="recipient_not_permitted", mnc=["Dominican Republic", "Bunker Hill crew"],
         cats=["national_origin", "gang_affiliation"], tags=["uncle", "parent_drugs", "recipient"]),

    dict(g="serious_violence", rec="cbp", t="15:20",
         s=("Samira Yusuf", 10, "Boston Community Leadership Academy", {}),
         loc="Cleary Square bus stop",
         desc=("At 3:20 PM at the Cleary Square bus stop an adult woman slashed Samira's cheek with a razor; 20 "
               "stitches at Carney. Samira's mother, who came from Somalia as a refugee, is afraid to talk to "
               "police."),
         dec="recipient_not_permitted", mnc=["Somalia", "refugee"],
         cats=["national_origin", "immigration_status"], tags=["bus_stop", "student_victim", "recipient"]),

    dict(g="weapon", w="pistol", rec="securitas-boston", t="07:50",
         s=("Marcus Bell", 12, "New Mission High School", {}),
         loc="New Mission High School parking lot",
         desc=("At 7:50 AM a father dropping off Marcus had a pistol visible on his dashboard. Forwarding to the "
               "private security company that patrols the lot. The father lives on Hyde Park Ave above the barber "
               "shop."),
         dec="recipient_not_permitted", mnc=["above the barber shop"],
         cats=["neighborhood"], tags=["parent_weapon", "parking_lot", "recipient"]),

    dict(g="serious_violence", rec="msp/troop-h", t="16:00",
         s=("Andrea Sousa", 12, "Snowden International School", {}),
         loc="Copley Square, near the school",
         desc=("At 4 PM Andrea's mother's ex-boyfriend grabbed her near Copley Square and broke her arm pulling her "
               "toward his car. Andrea's mother only speaks Portuguese and asked for the report to go to the "
               "State Police."),
         dec="recipient_not_permitted", mnc=["Portuguese"],
         cats=["language"], tags=["parent_partner", "student_victim", "recipient"]),

    dict(g="serious_violence", w="knife", rec="mbta-transit-police", t="15:50",
         s=("Eli Brandao", 11, "Boston Latin Academy", {}),
         loc="Ruggles station platform",
         desc=("At 3:50 PM on the Ruggles platform an adult man stabbed Eli in the shoulder after an argument; "
               "surgery at BMC. Eli's father asked that the report go to the Transit Police. Eli says the man is "
               "with the Academy Homes crew."),
         dec="recipient_not_permitted", mnc=["Academy Homes crew"],
         cats=["gang_affiliation"], tags=["bus_stop", "student_victim", "adult_aggressor", "recipient"]),

    dict(g="weapon", w="box cutter", rec="suffolk-da", t="12:50",
         s=("Grace Owusu", 9, "English High School", {}),
         loc="English High School cafeteria",
         desc=("At 12:50 PM a contracted food service worker pulled a box cutter on Grace in the lunch line after "
               "she complained about her tray. Grace's father is a deacon at their church and asked that the report "
               "go straight to the District Attorney."),
         dec="recipient_not_permitted", mnc=["deacon"],
         cats=["religion"], tags=["contractor", "staff_aggressor", "recipient"]),

    # ================================ DENY: missing_threat_statement ================================
    dict(g="credible_threat", rec="bpd/district-b2", t="21:00", d="prev",
         s=("Jalen Rhodes", 10, "Dearborn STEM Academy", {}),
         loc="Online post",
         desc=("Jalen's older brother (23) posted a video last night holding a gun and naming a Dearborn student "
               "Jalen fought. The brother lives in the Orchard Park apartments."),
         dec="missing_threat_statement", mnc=["Orchard Park"],
         cats=["neighborhood"], tags=["sibling_online", "sibling_cousin"]),

    dict(g="credible_threat", rec="bpd/district-e18", t="13:20",
         s=("Aliyah Grant", 9, "New Mission High School", {}),
         loc="New Mission High School main office",
         desc=("Aliyah's father called at 1:20 PM and said he would \"handle\" her teacher \"the way we do in Haiti.\" "
               "He then hung up."),
         dec="missing_threat_statement", mnc=["Haiti"],
         cats=["national_origin"], tags=["parent_aggressor", "staff_target"]),

    dict(g="credible_threat", rec="bpd/district-e13", t="18:40",
         s=("Diego Paredes", 11, "English High School", {}),
         loc="English High School gym lobby",
         desc=("After the 6:40 PM game the visiting coach told Diego he would \"see him in the parking lot\" next "
               "time. Diego's mother, who speaks only Spanish, heard it."),
         dec="missing_threat_statement", mnc=["speaks only Spanish"],
         cats=["language"], tags=["coach"]),

    dict(g="credible_threat", rec="bpd/district-b3", t="15:25",
         s=("Naomi Pierce", 8, "Young Achievers Science and Mathematics Pilot School", {}),
         loc="Walk home from school",
         desc=("A neighbor told Naomi at 3:25 PM he would \"get his gun\" if she cut across his yard again. Naomi "
               "lives next door at 16 Fottler Rd."),
         dec="missing_threat_statement", mnc=["Fottler Rd"],
         cats=["neighborhood"], tags=["neighbor"]),

    dict(g="credible_threat", rec="bpd/district-d14", t="19:45", d="prev",
         s=("Oscar Velasquez", 12, "Brighton High School", {}),
         loc="Online messages",
         desc=("A former student sent Oscar Instagram messages last night saying he would \"pull up\" on him at "
               "school. Oscar says the former student is from the Faneuil crew and that Oscar's own cousin is too."),
         dec="missing_threat_statement", mnc=["Faneuil crew"],
         cats=["gang_affiliation"], tags=["former_student"]),

    dict(g="credible_threat", rec="bpd/district-c6", t="08:20",
         s=("Paige Hurley", 10, "Excel High School", {}),
         loc="Excel High School front entrance",
         desc=("At 8:20 AM Paige's mother's boyfriend stood outside the front entrance and shouted that the AP would "
               "\"regret\" calling DCF. Paige says he is Irish Traveller and has done prison time."),
         dec="missing_threat_statement", mnc=["Irish Traveller"],
         cats=["ethnicity"], tags=["parent_partner", "staff_target"]),

    # ================================ DENY: face_surveillance ================================
    dict(g="weapon", w="handgun", rec="bpd/district-b2", t="08:15",
         s=("Jayden Ruiz", 11, "Madison Park Technical Vocational High School", {}),
         att=[{"kind": "face_match", "name": "lobby_cam_facematch_0815.json"}],
         loc="Madison Park main lobby",
         desc=("At 8:15 AM a visitor with a handgun in his waistband came to the lobby asking for Jayden. The "
               "camera vendor's face recognition matched him at 94.2% to a man in Jayden's family photo from the "
               "SIS; match report attached. The visitor lives on Lenox St."),
         dec="face_surveillance", mnc=["94.2%", "Lenox St"],
         cats=["face_surveillance", "neighborhood"], tags=["visitor", "face"]),

    dict(g="serious_violence", rec="bpd/district-c11", t="15:10",
         s=("Kiara Ventura", 9, "TechBoston Academy", {}),
         att=[{"kind": "photo", "name": "yearbook_photos_grade9.zip"}],
         loc="Fields Corner bus stop",
         desc=("At 3:10 PM an adult man at the Fields Corner bus stop punched Kiara, breaking her nose. Please run "
               "the attached 9th grade yearbook photos against the MBTA video to identify the students who were "
               "with her. Kiara's mother speaks Vietnamese."),
         dec="face_surveillance", mnc=["Vietnamese"],
         cats=["face_surveillance", "language"], tags=["bus_stop", "student_victim", "face"]),

    dict(g="credible_threat", rec="bpd/district-e13", t="19:30", d="prev",
         s=("Adrian Soto", 10, "Curley K-8 School", {}),
         ts=("Adrian's older brother posted a photo with a gun saying he would \"light up\" the Curley dismissal "
             "tomorrow."),
         att=[{"kind": "face_match", "name": "clearview_brother_result.pdf"}],
         loc="Online post; threatened location Curley K-8 dismissal",
         desc=("Adrian's older brother posted a photo with a gun saying he would \"light up\" dismissal tomorrow. We "
               "ran his photo through Clearview and it matched an older arrest photo; results attached. He lives "
               "with their father on Boylston St in Jamaica Plain."),
         dec="face_surveillance", mnc=["Clearview", "Boylston St", "Jamaica Plain"],
         cats=["face_surveillance", "neighborhood"], tags=["sibling_online", "face"]),

    dict(g="serious_violence", rec="bpd/district-b3", t="09:40",
         s=("Destiny Joseph", 8, "Young Achievers Science and Mathematics Pilot School", {}),
         loc="Young Achievers main entrance",
         desc=("At 9:40 AM a visitor shoved Destiny down the entrance stairs (broken wrist). The facial "
               "recognition alert on the new visitor kiosk identified him as Destiny's mother's ex-partner, "
               "confidence 0.91. Destiny's mother is Haitian and asked for discretion."),
         dec="face_surveillance", mnc=["confidence 0.91", "Haitian"],
         cats=["face_surveillance", "ethnicity"], tags=["parent_partner", "face"]),

    dict(g="drugs", subs=["fentanyl"], rec="bpd/district-d4", t="12:30",
         s=("Marco Ibanez", 11, "Boston Arts Academy", {}),
         loc="Ramler Park next to the school",
         desc=("An adult dealer sold fentanyl pills to students in Ramler Park at 12:30 PM; Marco was caught with "
               "two. BPD asked for the student ID photos of all 11th graders so they can run face matching "
               "against the park camera; we are sending them with this report. Marco's family attends the Iglesia "
               "de Dios on Tremont."),
         dec="face_surveillance", mnc=["Iglesia de Dios"],
         cats=["face_surveillance", "religion"], tags=["visitor", "face"]),

    # ================================ DENY: replica / BB / airsoft ("other") ================================
    dict(g="weapon", w="airsoft rifle", rec="bpd/district-c11", t="14:35",
         s=("Trinity Moss", 9, "Dorchester Academy", {}),
         loc="Dorchester Academy pickup loop",
         desc=("At pickup (2:35 PM) Trinity's older brother (20) got out of his car holding an airsoft rifle with "
               "the orange tip painted black and pointed it at a group of boys who had been teasing her. It was "
               "confirmed to be an airsoft gun. Trinity says he runs with the Geneva Ave crew."),
         dec="other", mnc=["Geneva Ave crew"],
         cats=["gang_affiliation"], tags=["sibling_cousin", "replica", "pickup"]),

    dict(g="weapon", w="BB gun", rec="bpd/district-b3", t="07:20",
         s=("Kaden Ellis", 7, "Young Achievers Science and Mathematics Pilot School", {}),
         loc="Bus stop at Blue Hill Ave and Morton St",
         desc=("At the 7:20 AM bus stop at Blue Hill Ave and Morton St, Kaden's mother's boyfriend waved a BB gun "
               "at older kids who had taken Kaden's hat. Kaden's mother says the boyfriend is Dominican and has "
               "\"a temper.\""),
         dec="other", mnc=["Dominican"],
         cats=["ethnicity"], tags=["parent_partner", "bus_stop", "replica"]),

    dict(g="weapon", w="replica handgun", rec="bpd/district-d14", t="12:15",
         s=("Liam Nguyen", 10, "Boston Green Academy", {}),
         loc="Boston Green Academy side lot, contractor van",
         desc=("At 12:15 PM a flooring contractor showed students a replica handgun (realistic, no orange tip) from "
               "his van and pretended to aim it at them. Liam filmed it. Liam's parents asked that we call them "
               "through the Vietnamese interpreter line."),
         dec="other", mnc=["Vietnamese interpreter"],
         cats=["language"], tags=["contractor", "replica"]),
]

# ---------------------------------------------------------------------------------------------

SCHOOL_RECIPIENT_OK = ("bpd",)


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def utc_offset(day):
    """US Eastern: EDT from the second Sunday of March to the first Sunday of November."""
    start, end = nth_sunday(day.year, 3, 2), nth_sunday(day.year, 11, 1)
    return "-04:00" if start <= day < end else "-05:00"


TERMS = [(dt.date(2025, 1, 6), dt.date(2025, 6, 13)), (dt.date(2025, 9, 8), dt.date(2025, 12, 19)),
         (dt.date(2026, 1, 5), dt.date(2026, 6, 12))]


def school_day(rng):
    while True:
        a, b = rng.choice(TERMS)
        d = a + dt.timedelta(days=rng.randrange((b - a).days + 1))
        if d.weekday() < 5:
            return d


def dob_for(rng, grade, day):
    start_year = day.year if day.month >= 9 else day.year - 1
    lo = dt.date(start_year - grade - 6, 9, 2)
    hi = dt.date(start_year - grade - 5, 9, 1)
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


def sanity(i, c):
    """Self-checks on my own labels (independent of the service)."""
    where = f"case {i} ({c['s'][0]})"
    dec = c["dec"]
    desc = fold(c["desc"])
    if dec == "allow":
        assert c["g"] in ALLOWED_GROUNDS, where
        assert c["rec"] == "bpd" or c["rec"].startswith("bpd/"), where
        assert fold(c["key"]) in desc, f"{where}: key fact not in description"
        if c["g"] == "credible_threat":
            assert c.get("ts"), where
        if c["g"] == "drugs":
            assert any(s not in EXCLUDED for s in c["subs"]), where
        for m in c["mct"]:
            assert fold(m) in desc, f"{where}: {m!r} not in description"
        for bad in c["mnc"]:
            for good in c["mct"] + [c["key"], c["s"][0], c["s"][2], c["loc"]]:
                assert fold(bad) not in fold(good), f"{where}: {bad!r} inside kept {good!r}"
    else:
        assert dec in {"ground_not_permitted", "excluded_substance", "recipient_not_permitted",
                       "missing_threat_statement", "face_surveillance", "other"}, where
        # exactly one reason to deny
        bad_ground = c["g"] not in ALLOWED_GROUNDS
        bad_rec = not (c["rec"] == "bpd" or c["rec"].startswith("bpd/"))
        no_ts = c["g"] == "credible_threat" and not c.get("ts")
        excl = c["g"] == "drugs" and all(s in EXCLUDED for s in c["subs"])
        face = "face" in c["tags"]
        replica = "replica" in c["tags"]
        flags = {"ground_not_permitted": bad_ground, "recipient_not_permitted": bad_rec,
                 "missing_threat_statement": no_ts, "excluded_substance": excl,
                 "face_surveillance": face, "other": replica}
        on = [k for k, v in flags.items() if v]
        assert on == [dec], f"{where}: deny flags {on} vs {dec}"
        assert not c.get("key") and not c.get("mct"), where
    for bad in c["mnc"]:
        assert fold(bad) not in fold(c["g"]) and fold(bad) not in fold(c["rec"]), where
        assert fold(bad) not in fold(c["loc"]), f"{where}: {bad!r} in location"
    assert set(c["cats"]) <= {"immigration_status", "national_origin", "ethnicity", "religion",
                              "neighborhood", "language", "gang_affiliation", "face_surveillance"}, where
    assert bool(c["mnc"]) == bool(c["cats"]), f"{where}: canaries and categories disagree"


DECISION_TAG = {"weapon": "allow_weapon", "serious_violence": "allow_violence",
                "credible_threat": "allow_threat", "drugs": "allow_drugs",
                "ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
                "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
                "face_surveillance": "deny_face", "other": "deny_replica"}


def build():
    rng = random.Random(SEED)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    schools = sorted({c["s"][2] for c in CASES})
    codes = rng.sample(range(4010, 4990), len(schools))
    school_id = dict(zip(schools, (f"BPS-{n}" for n in codes)))
    sids = rng.sample(range(100000, 999999), len(CASES))
    lines = []
    for n, i in enumerate(order, 1):
        c = CASES[i]
        sanity(i, c)
        cid = f"{PREFIX}-{n:04d}"
        day = school_day(rng)
        if c.get("d") == "prev":
            day = day - dt.timedelta(days=1)
        elif c.get("d"):
            day = dt.date.fromisoformat(c["d"])
        hh, mm = c["t"].split(":")
        occurred = f"{day.isoformat()}T{hh}:{mm}:00{utc_offset(day)}"
        name, grade, school, extra = c["s"]
        student = {"student_id": str(sids[n - 1]), "name": name}
        if n % 9 == 4:
            dob = dob_for(rng, grade, day)
            student["age"] = day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))
        else:
            student["date_of_birth"] = dob_for(rng, grade, day).isoformat()
        student["grade"] = grade
        student["school"] = school
        student.update(extra)
        req = {"request_id": cid, "school_id": school_id[school], "recipient": c["rec"], "ground": c["g"]}
        if c.get("subs"):
            req["substances"] = c["subs"]
        if c.get("w"):
            req["weapon"] = c["w"]
        if c.get("ts"):
            req["threat_statement"] = c["ts"]
        req["incident"] = {"occurred_at": occurred, "location": c["loc"], "description": c["desc"]}
        req["student"] = student
        if c.get("att"):
            req["attachments"] = c["att"]
        dec = c["dec"]
        allow = dec == "allow"
        expect = {"decision": "allow" if allow else "deny"}
        if not allow:
            expect["reason"] = dec
        expect["must_not_contain"] = list(c["mnc"])
        expect["must_contain"] = [name, school, c["key"]] if allow else []
        expect["must_contain_text"] = list(c["mct"]) if allow else []
        expect["categories"] = list(c["cats"])
        expect["tags"] = [TAG, DECISION_TAG[c["g"] if allow else dec]] + list(c["tags"])
        lines.append(json.dumps({"id": cid, "request": req, "expect": expect}, ensure_ascii=False))
    return lines


def main():
    lines = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
