#!/usr/bin/env python3
"""Outside corpus C for the gatekeeper (written from RULES.md / CONTRACT.md only).

Families (tags): email_thread, form_fields, hedged_and_reported, near_miss.
Standard library only; deterministic from SEED.  Writes corpus_c.jsonl next to this file.

Markup used while composing free text:  [[category:text]]  or  [[category:text::canary1;canary2]]
marks a span that reveals a forbidden category (RULES.md section 4).  The canaries (default: the
span text) become expect.must_not_contain.  Before a case is written the generator checks that
no canary survives in a minimally redacted copy (each marked span -> [WITHHELD]), in the fields
police may receive, or in the fixed notice, and that every must_contain_text fact survives.
"""
import datetime as dt
import json
import pathlib
import random
import re
import unicodedata

SEED = 3120260
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_c.jsonl"
PER_FAMILY = 40
DENY_PER_FAMILY = 10

rng = random.Random(SEED)

# ----------------------------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------------------------
SCHOOLS = [
    ("Boston Latin Academy", (9, 10, 11, 12)),
    ("Madison Park Technical Vocational High School", (9, 10, 11, 12)),
    ("East Boston High School", (9, 10, 11, 12)),
    ("Jeremiah E. Burke High School", (9, 10, 11, 12)),
    ("English High School", (9, 10, 11, 12)),
    ("Excel High School", (9, 10, 11, 12)),
    ("Brighton High School", (9, 10, 11, 12)),
    ("TechBoston Academy", (7, 8, 9, 10, 11, 12)),
    ("Mission Hill K-8", (6, 7, 8)),
    ("John D. O'Bryant School of Mathematics and Science", (9, 10, 11, 12)),
    ("Charlestown High School", (9, 10, 11, 12)),
    ("Snowden International School", (9, 10, 11, 12)),
    ("Dorchester Academy", (9, 10, 11, 12)),
    ("Boston Community Leadership Academy", (9, 10, 11, 12)),
    ("New Mission High School", (9, 10, 11, 12)),
    ("Henderson K-12 Inclusion School", (6, 7, 8, 9, 10)),
    ("Lyon Upper School", (9, 10, 11, 12)),
    ("Community Academy of Science and Health", (9, 10, 11, 12)),
    ("Rafael Hernandez K-8", (6, 7, 8)),
    ("Edwards Middle School", (6, 7, 8)),
    ("Boston Arts Academy", (9, 10, 11, 12)),
    ("Fenway High School", (9, 10, 11, 12)),
]
_ids = random.Random(SEED + 1).sample(range(4010, 4690), len(SCHOOLS))
SCHOOL_ID = {s[0]: "BPS-%d" % i for s, i in zip(SCHOOLS, _ids)}
# schools whose name contains a place word (near-miss material)
PLACE_SCHOOLS = ["East Boston High School", "Brighton High School", "Charlestown High School",
                 "Dorchester Academy", "Mission Hill K-8", "Fenway High School", "English High School",
                 "Boston Latin Academy"]

FIRST_M = ["Jayden", "Malik", "Darnell", "Kevin", "Luis", "Tyrese", "Marcus", "Andre", "Elijah", "Brandon",
           "Isaiah", "Jamal", "Nathan", "Omar", "Derek", "Christian", "Israel", "Jordan", "Zion", "Mateo",
           "Khalil", "Devin", "Ryan", "Samuel", "Trevor", "Adrian", "Cameron", "Dante", "Xavier", "Tobias"]
FIRST_F = ["Aaliyah", "Brianna", "Destiny", "Kayla", "Jasmine", "Nia", "Imani", "Gabriela", "Tiana", "Sofia",
           "Paris", "Kenya", "Asia", "India", "Trinity", "Egypt", "Maya", "Leilani", "Camila", "Janelle",
           "Alana", "Renee", "Shanice", "Monique", "Daniela"]
LAST = ["Alvarez", "Pereira", "Tran", "Okonkwo", "Fitzgerald", "Baptiste", "Mendes", "Rivera", "Thompson",
        "Duarte", "Hassan", "Coleman", "Whitaker", "Lopes", "Castillo", "Greene", "Murphy", "Ferreira",
        "Joseph", "Walcott", "Brennan", "Osei", "Carrington", "Delgado", "Fontaine", "McBride", "Santiago",
        "Gordon", "Pham", "Harrington", "Cabral", "Ellison", "Nunez", "Barros", "Ward", "Mensah", "Sullivan",
        "Quiles", "Holloway", "Teixeira"]
STAFF = ["Ms. Keane", "Mr. Okafor", "SSS Tavares", "Mr. Whitfield", "Ms. Lindqvist", "Coach Barros",
         "Mr. Nguyen", "Ms. Abernathy", "SSS Doherty", "Ms. Pryce", "Mr. Castellano", "Ms. Greaves",
         "Mr. Farrow", "SSS McNally", "Ms. Adeyemi", "Mr. Sorensen", "Ms. Kowalczyk", "Mr. Tillman"]
ADMINS = [("Andrea Reyes", "Assistant Principal"), ("Thomas Greer", "Dean of Students"),
          ("Maureen Walsh", "Headmaster"), ("Kofi Mensah-Bright", "Assistant Headmaster"),
          ("Liza Ferraro", "Assistant Principal"), ("Derrick Hale", "Dean of Students"),
          ("Patricia O'Neil", "Principal"), ("Samuel Ortega-Wynn", "Director of Operations"),
          ("Rachel Baum", "Assistant Principal"), ("Gregory Tisdale", "Dean of Culture")]
LIAISONS = [("Dana Whitcomb", "School Counselor"), ("Marisa Lombardo", "Family Liaison"),
            ("Jerome Pitts", "Family Liaison"), ("Colleen Hurley", "Social Worker"),
            ("Nadia Farouk", "School Psychologist"), ("Beth Crowley", "School Counselor"),
            ("Victor Amaral", "Family and Community Outreach Coordinator")]
HOSPITALS = ["Boston Medical Center", "Boston Children's", "Tufts Medical Center", "Carney Hospital",
             "Brigham and Women's", "Mass General"]
DISTRICTS = ["a1", "a7", "b2", "b3", "c6", "c11", "d4", "d14", "e5", "e13", "e18"]
OK_RECIPIENTS = ["bpd"] + ["bpd/district-" + d for d in DISTRICTS]
BAD_RECIPIENTS = ["bric", "bpd/bric", "ice", "ice/ero-boston", "dhs/hsi", "cbp", "commonwealth-fusion-center",
                  "mbta-transit-police", "private-security/allied-universal", "ma-state-police"]

# forbidden values: value -> canaries
LANGS = {"Portuguese": ["Portuguese"], "Haitian Creole": ["Haitian", "Creole"],
         "Cape Verdean Creole": ["Cape Verdean", "Creole"], "Vietnamese": ["Vietnamese"], "Somali": ["Somali"],
         "Arabic": ["Arabic"], "Spanish": ["Spanish"], "Amharic": ["Amharic"], "Cantonese": ["Cantonese"],
         "K'iche'": ["K'iche'"], "Dari": ["Dari"], "Russian": ["Russian"], "Kriolu": ["Kriolu"],
         "Jamaican Patois": ["Jamaican", "Patois"], "Albanian": ["Albanian"], "Mandarin": ["Mandarin"]}
COUNTRIES = {"Honduras": ["Honduras"], "Guatemala": ["Guatemala"], "El Salvador": ["El Salvador"],
             "Haiti": ["Haiti"], "Cape Verde": ["Cape Verde"], "the Dominican Republic": ["Dominican Republic"],
             "Somalia": ["Somalia"], "Venezuela": ["Venezuela"], "Brazil": ["Brazil"], "Colombia": ["Colombia"],
             "Vietnam": ["Vietnam"], "Ecuador": ["Ecuador"], "Afghanistan": ["Afghanistan"], "Jamaica": ["Jamaica"]}
ETHS = {"Dominican": ["Dominican"], "Cape Verdean": ["Cape Verdean"], "Haitian": ["Haitian"], "Somali": ["Somali"],
        "Vietnamese": ["Vietnamese"], "Puerto Rican": ["Puerto Rican"], "Salvadoran": ["Salvadoran"],
        "Guatemalan": ["Guatemalan"], "Albanian": ["Albanian"], "Jamaican": ["Jamaican"], "Latino": ["Latino"],
        "Hispanic": ["Hispanic"]}
RELS = {"Muslim": ["Muslim"], "Jehovah's Witnesses": ["Jehovah"], "Seventh-day Adventist": ["Adventist"],
        "Orthodox Jewish": ["Jewish"], "Pentecostal": ["Pentecostal"], "Hindu": ["Hindu"], "Buddhist": ["Buddhist"],
        "very Catholic": ["Catholic"], "Evangelical": ["Evangelical"]}
NBHDS = {"Mattapan": ["Mattapan"], "Hyde Park": ["Hyde Park"], "Roslindale": ["Roslindale"],
         "Dorchester": ["Dorchester"], "Roxbury": ["Roxbury"], "Jamaica Plain": ["Jamaica Plain"],
         "Eastie": ["Eastie"], "Chelsea": ["Chelsea"], "Revere": ["Revere"], "Codman Square": ["Codman Square"],
         "Grove Hall": ["Grove Hall"], "Fields Corner": ["Fields Corner"], "Uphams Corner": ["Uphams Corner"],
         "Egleston": ["Egleston"], "Orient Heights": ["Orient Heights"], "Bowdoin-Geneva": ["Bowdoin-Geneva"],
         "Four Corners": ["Four Corners"], "Allston": ["Allston"], "Lower Mills": ["Lower Mills"],
         "Mission Hill": ["Mission Hill"], "Charlestown": ["Charlestown"]}
STREETS = ["Wendover St", "Westview St", "Ruthven St", "Normandy St", "Glenway St", "Lucerne St", "Fessenden St",
           "Itasca St", "Mora St", "Woodrow Ave", "Selden St", "Brunswick St", "Intervale St", "Harlem St",
           "Castlegate Rd", "Lyndhurst St", "Leston St", "Maverick St", "Bennington St", "Saratoga St",
           "Wayland St", "Topliff St", "Ashmont St", "Callender St", "Stanwood St"]
DEVS = {"Bromley-Heath": ["Bromley-Heath"], "Mildred C. Hailey apartments": ["Mildred C. Hailey"],
        "Franklin Field development": ["Franklin Field"], "Mission Main": ["Mission Main"],
        "Lenox Street development": ["Lenox Street"], "Mary Ellen McCormack": ["Mary Ellen McCormack"],
        "Old Colony": ["Old Colony"], "Cathedral development": ["Cathedral"], "Villa Victoria": ["Villa Victoria"],
        "Alice Heyward Taylor": ["Alice Heyward Taylor"], "Orchard Gardens": ["Orchard Gardens"]}
GANGS = {"the Wendover Boys": ["Wendover Boys"], "the Lucerne crew": ["Lucerne crew"], "4-Block": ["4-Block"],
         "the Greenwood Kings": ["Greenwood Kings"], "the Norfolk Ave Boys": ["Norfolk Ave Boys"],
         "the Castlegate crew": ["Castlegate crew"], "H-Block": ["H-Block"], "the Fayston Street crew": ["Fayston Street crew"],
         "the Mozart crew": ["Mozart crew"], "the Thetford Ave Boys": ["Thetford Ave Boys"],
         "the Columbia Point crew": ["Columbia Point crew"], "KOB": ["KOB"]}

# ----------------------------------------------------------------------------------------------
# incident cores: ground, weapon/substances, location, description, facts that must survive
# ----------------------------------------------------------------------------------------------
ALLOW_CORES = [
    dict(g="weapon", weapon="knife", loc="{school}, third-floor bathroom",
         text="At about {time} {staff} found {first} in the third-floor bathroom holding a folding knife with a black handle and roughly a 3-inch blade. {He} put it on the sink when told to and nobody was cut.",
         facts=["folding knife", "third-floor bathroom", "3-inch blade"], key="folding knife"),
    dict(g="weapon", weapon="box cutter", loc="{school} cafeteria, lunch line",
         text="During B lunch {first} pulled a box cutter out of {his} hoodie pocket while arguing with another student (D.M.) in the lunch line and waved it at him. {staff} stepped between them and took the box cutter; no one was hurt.",
         facts=["box cutter", "hoodie pocket", "lunch line"], key="box cutter"),
    dict(g="weapon", weapon="firearm", loc="{school}, second-floor lockers",
         text="A student told {staff} that {first} had a gun. {first}'s locker (#{locker}) was opened with the AP present and a black handgun was found wrapped in a gym shirt, unloaded, with a loaded magazine in a sock next to it.",
         facts=["wrapped in a gym shirt", "loaded magazine", "#{locker}"], key="handgun"),
    dict(g="weapon", weapon="brass knuckles", loc="{school} gymnasium",
         text="In the gym before 3rd period a set of brass knuckles fell out of {first}'s jacket onto the bleachers. When {staff} asked about them {he} said {he} carries them \"just in case\".",
         facts=["brass knuckles", "onto the bleachers"], key="brass knuckles"),
    dict(g="weapon", weapon="pepper spray", loc="{school}, main entrance",
         text="At dismissal {first} sprayed pepper spray at a group of students by the main entrance. Four students had eye irritation and were flushed out by the nurse; one was picked up early.",
         facts=["pepper spray", "main entrance", "eye irritation"], key="pepper spray"),
    dict(g="weapon", weapon="stun gun", loc="{school}, room {room}",
         text="On the way into homeroom {first} showed classmates a stun gun and clicked it near another student's neck. {staff} confiscated it; it was charged and working.",
         facts=["stun gun", "clicked it near another student's neck"], key="stun gun"),
    dict(g="weapon", weapon="razor blade", loc="{school}, main office",
         text="After a tip from a classmate, {staff} searched {first}'s belongings with the AP and found a razor blade taped inside the back of {his} phone case.",
         facts=["razor blade", "taped inside the back"], key="razor blade"),
    dict(g="weapon", weapon="expandable baton", loc="{school}, second-floor hallway",
         text="{first} swung an expandable baton at another student in the second-floor hallway during passing time and missed; it hit a locker hard enough to dent it.",
         facts=["expandable baton", "dent it"], key="expandable baton"),
    dict(g="weapon", weapon="knife", loc="{school}, side entrance scanners",
         text="A kitchen knife with an 8-inch blade showed up in {first}'s backpack during morning scanning at the side door. {He} said {he} needed it for protection on the way in.",
         facts=["kitchen knife", "8-inch blade", "morning scanning"], key="kitchen knife"),
    dict(g="serious_violence", loc="{school}, east stairwell",
         text="{first} punched and kicked another student (J.T.) repeatedly on the stairs between the 2nd and 3rd floors. J.T. was taken by EMS to {hospital} with a broken jaw and two missing teeth.",
         facts=["broken jaw", "two missing teeth"], key="broken jaw"),
    dict(g="serious_violence", loc="{school}, boys' locker room",
         text="{first} hit another student in the head with a padlock inside a sock in the locker room. The student needed 9 stitches above the right eye and was checked for a concussion at {hospital}.",
         facts=["padlock inside a sock", "9 stitches"], key="padlock"),
    dict(g="serious_violence", loc="{school}, front steps",
         text="After dismissal {first} shoved a classmate (A.R.) down the front steps from behind. A.R. fractured her wrist and hit her head; EMS transported her to {hospital}.",
         facts=["fractured her wrist", "down the front steps"], key="fractured her wrist"),
    dict(g="serious_violence", weapon="box cutter", loc="{school}, courtyard",
         text="In the courtyard {first} slashed another student across the left forearm with a box cutter. The cut was deep and needed surgery at {hospital}.",
         facts=["left forearm", "needed surgery"], key="box cutter"),
    dict(g="serious_violence", loc="{school}, bus stop outside the building",
         text="{first} and two older youths who are not BPS students attacked a 9th grader at the bus stop outside the building. The victim was knocked unconscious and kept overnight at {hospital}.",
         facts=["knocked unconscious", "kept overnight"], key="unconscious"),
    dict(g="credible_threat", loc="{school} (online)",
         text="{first} posted a Snapchat story last night showing a handgun on a bed with the caption \"nobody come to school tmrw\". Several students forwarded screenshots to {staff} before first period.",
         facts=["Snapchat story", "handgun on a bed"], key="Snapchat",
         threat="{first} posted a photo of a handgun with a caption telling students not to come to school the next day; two students say {he} has access to a gun through an older relative."),
    dict(g="credible_threat", loc="{school}, second-floor hallway",
         text="In the second-floor hallway {first} told {staff} \"I'm going to shoot this place up on Friday, watch.\" {He} repeated it to two students at lunch and named one of them.",
         facts=["shoot this place up on Friday", "named one of them"], key="shoot this place up",
         threat="Told a staff member, then two students, that {he} would \"shoot this place up on Friday\" and named a specific student as a target; prior threats this month."),
    dict(g="credible_threat", loc="{school}, room {room}",
         text="{staff} found a notebook page in {first}'s desk with a list of six student names under the heading \"gone soon\" and a drawing of a rifle. {He} told a classmate the list was \"for real\".",
         facts=["list of six student names", "drawing of a rifle"], key="notebook",
         threat="Written list naming six students, headed \"gone soon\", with a drawing of a rifle; {first} told a classmate it was \"for real\"."),
    dict(g="credible_threat", loc="{school} (class group chat)",
         text="{first} wrote in a class group chat that {he} had \"a pipe bomb in my bag for 6th period\". The building was swept and nothing was found, but {he} told the AP it was \"not a joke\".",
         facts=["pipe bomb", "class group chat"], key="pipe bomb",
         threat="Claimed in a class group chat to have a pipe bomb for 6th period and told the AP it was not a joke."),
    dict(g="credible_threat", loc="{school}, room {room}",
         text="After being removed from class {first} told {staff} {he} would \"wait for you in the parking lot with my cousin's knife\" and later asked a student what car {staff} drives.",
         facts=["parking lot", "what car"], key="parking lot",
         threat="Threatened to wait for a named teacher in the parking lot with a knife, then asked a student what car the teacher drives."),
    dict(g="drugs", subs=["fentanyl"], loc="{school}, first-floor bathroom",
         text="{staff} saw {first} hand a small folded packet to another student in the first-floor bathroom. That packet and 11 more in {his} sock held a white powder that BPD field-tested positive for fentanyl.",
         facts=["folded packet", "field-tested positive for fentanyl"], key="fentanyl"),
    dict(g="drugs", subs=["counterfeit oxycodone (M30)"], loc="{school}, room {room}",
         text="Twenty blue pills stamped M30 were found in a pill bottle with the label torn off in {first}'s backpack. The nurse believes they are counterfeit oxycodone.",
         facts=["stamped M30", "label torn off"], key="M30"),
    dict(g="drugs", subs=["cocaine"], loc="{school}, back stairwell",
         text="{first} was seen selling small baggies in the back stairwell; {staff} recovered eight baggies of cocaine and $240 in cash from {his} jacket.",
         facts=["eight baggies of cocaine", "$240"], key="cocaine"),
    dict(g="drugs", subs=["alprazolam (Xanax)"], loc="{school}, locker room",
         text="{first} had a sandwich bag with 30 Xanax bars and was offering them for $5 each in the locker room. Two students said they had already bought some.",
         facts=["30 Xanax bars", "$5 each"], key="Xanax"),
    dict(g="drugs", subs=["MDMA"], loc="{school}, chemistry lab",
         text="{first} gave a classmate a pink pill {he} called molly (MDMA); the classmate got sick in chemistry and was taken to {hospital}.",
         facts=["pink pill", "got sick in chemistry"], key="MDMA"),
    dict(g="drugs", subs=["THC vape cartridge", "fentanyl"], loc="{school}, room {room}",
         text="During a search for a reported vape {staff} found two THC cartridges and a folded dollar bill holding a powder that later tested positive for fentanyl.",
         facts=["folded dollar bill", "tested positive for fentanyl"], key="fentanyl"),
    dict(g="drugs", subs=["psilocybin"], loc="{school}, cafeteria",
         text="{first} sold mushroom chocolate bars containing psilocybin to three students; one had a panic attack in class and was seen by the nurse.",
         facts=["mushroom chocolate bars", "panic attack"], key="psilocybin"),
]

EXCLUDED_CORES = [
    dict(subs=["marijuana"], loc="{school}, room {room}",
         text="{first} was found with a bag of weed (about 7 grams) and a grinder in {his} backpack after {staff} smelled it in class."),
    dict(subs=["vape (contents unknown)"], loc="{school}, second-floor bathroom",
         text="{staff} took a disposable vape from {first} in the bathroom. We do not know what is in it."),
    dict(subs=["THC edibles"], loc="{school}, cafeteria",
         text="{first} shared gummies labelled THC with two friends at lunch; one felt dizzy and went to the nurse."),
    dict(subs=["alcohol (vodka)"], loc="{school}, room {room}",
         text="{first} came back from lunch unsteady; a water bottle in {his} bag smelled of vodka and {he} admitted it."),
    dict(subs=["Juul pods", "marijuana"], loc="{school}, locker room",
         text="{staff} found a box of Juul pods and a small jar of weed in {first}'s gym locker."),
    dict(subs=["nicotine pouches", "beer"], loc="{school}, parking lot",
         text="{first} was caught with a tin of nicotine pouches and two cans of beer in a friend's car during lunch."),
]
NOT_GROUND_CORES = [
    dict(g="fight", loc="{school} cafeteria",
         text="{first} and another student exchanged punches in the cafeteria. Both were separated by {staff}; one had a bloody nose, no other injuries."),
    dict(g="theft", loc="{school}, library",
         text="{first} took a teacher's laptop from the library cart; it was found in {his} locker the next day."),
    dict(g="vandalism", loc="{school}, second-floor bathroom",
         text="{first} spray-painted tags on the walls and mirrors of the second-floor bathroom."),
    dict(g="gang_activity", loc="{school}, front of building",
         text="We are concerned about {first} hanging around older youths in front of the building after dismissal and ask that officers keep an eye on {him}."),
    dict(g="truancy", loc="{school}",
         text="{first} has missed 23 days since January and was seen downtown during school hours."),
    dict(g="trespass", loc="{school}, gym entrance",
         text="{first}, who is suspended, came into the building through the gym entrance and refused to leave until {staff} walked {him} out."),
    dict(g="suspicious_behavior", loc="{school}, hallway",
         text="{first} has been acting withdrawn and was seen taking photos of the stairwell doors."),
]
REPLICA_CORES = [
    dict(weapon="airsoft pistol", loc="{school}, room {room}",
         text="{first} took an airsoft pistol out of {his} bag in class to show a friend; it has the orange tip painted black."),
    dict(weapon="BB gun", loc="{school}, bus line",
         text="A BB gun fell out of {first}'s backpack in the bus line at dismissal. {staff} secured it."),
    dict(weapon="replica handgun", loc="{school}, courtyard",
         text="{first} pointed a replica handgun (plastic, realistic) at a group of students in the courtyard as a \"joke\"."),
]
MISSING_THREAT_CORES = [
    dict(loc="{school}, room {room}",
         text="{first} said in class that {he} would \"come back with something\" for the students who laughed at {him}. {staff} reported it right away."),
    dict(loc="{school} (online)",
         text="Students showed {staff} a TikTok comment from {first}'s account saying the school \"better watch out Monday\"."),
]

# ----------------------------------------------------------------------------------------------
# forbidden asides by family style
# ----------------------------------------------------------------------------------------------
EMAIL_ASIDES = {
    "language": [
        "fyi mom only speaks [[language:{LANG}::{LANGC}]] so pls loop in the family liaison for the call",
        "pls note grandma (guardian) needs [[language:a {LANG} interpreter::{LANGC};interpreter]] for any meeting",
        "heads up the home language is [[language:{LANG}::{LANGC}]], call dad not mom",
        "{he}'s [[language:an EL student (ELD level 2)::EL student;ELD level 2]] so go slow when you talk to {him}",
    ],
    "neighborhood": [
        "family is staying w/ cousins in [[neighborhood:{NBHD}::{NBHDC}]] since the fire",
        "they moved to [[neighborhood:{NUM} {STREET}::{STREET}]] in january, SIS isn't updated yet",
        "mom said they live in [[neighborhood:the {DEV}::{DEVC}]] now",
        "{he} walks home toward [[neighborhood:{STREET} in {NBHD}::{STREET};{NBHDC}]] after school so heads up",
    ],
    "immigration_status": [
        "kid is in the country on [[immigration_status:TPS status::TPS status]], mom is worried about what this means",
        "please be careful, mom is [[immigration_status:undocumented]] and scared of police at the house",
        "the family has [[immigration_status:an asylum case pending::asylum]] so they're nervous",
        "dad was [[immigration_status:detained by ICE::detained by ICE]] last month, that's been hard on {him}",
        "{he} told me they [[immigration_status:have no papers::no papers]]",
    ],
    "national_origin": [
        "they [[national_origin:just came from {COUNTRY}::{COUNTRYC}]] in october",
        "{he} was [[national_origin:born in {COUNTRY} and has only been here 2 yrs::{COUNTRYC}]]",
        "the family [[national_origin:arrived from {COUNTRY}::{COUNTRYC}]] over the summer",
    ],
    "ethnicity": [
        "family is [[ethnicity:{ETH}::{ETHC}]], dad works nights",
        "mom is [[ethnicity:{ETH}::{ETHC}]] and very protective",
    ],
    "religion": [
        "they're [[religion:{REL}::{RELC}]] so no meetings friday afternoon",
        "mom wants someone from [[religion:their {REL} congregation::{RELC}]] to sit in",
    ],
    "gang_affiliation": [
        "SRO says {he} [[gang_affiliation:runs with {GANG}::{GANGC}]]",
        "fyi {he} is [[gang_affiliation:flagged as a {GANGN} associate::{GANGC}]] per district",
        "{his} older brother [[gang_affiliation:is in {GANG}::{GANGC}]] and {he} has been hanging with them",
    ],
}

HEDGED_ASIDES = {
    "gang_affiliation": [
        "Kids in the hallway say {he} runs with [[gang_affiliation:{GANG}::{GANGC}]].",
        "Per the SRO, {he}'s believed to be [[gang_affiliation:connected to {GANG}::{GANGC}]], though that isn't confirmed.",
        "{His} cousin claims {he} got [[gang_affiliation:jumped into {GANG}::{GANGC}]] over the summer.",
        "{He} is NOT [[gang_affiliation:in any gang::in any gang]], according to mom.",
        "Mom was adamant that {he} is [[gang_affiliation:not gang-involved::gang-involved]], whatever the other kids say.",
        "There is a rumor going around on Instagram that {he} [[gang_affiliation:reps {GANG}::{GANGC}]].",
        "I can't confirm it, but I was told {he} may be [[gang_affiliation:on the gang list::gang list]].",
        "Some students think the dispute is about [[gang_affiliation:{GANG}::{GANGC}]], which {he} denies having anything to do with.",
    ],
    "immigration_status": [
        "I think the family might be [[immigration_status:undocumented]], which may be why dad didn't want to come in.",
        "{His} older sister mentioned they are [[immigration_status:waiting on asylum hearings::asylum]].",
        "Apparently {he} [[immigration_status:doesn't have papers::have papers]], per a friend.",
        "Dad said, for the record, they are [[immigration_status:not here illegally::here illegally]].",
        "Someone told the counselor {his} [[immigration_status:visa ran out::visa ran out]], I don't know if that's true.",
        "Supposedly mom is [[immigration_status:on TPS::on TPS]] and worried about any police contact.",
    ],
    "national_origin": [
        "I believe {he} [[national_origin:came here from {COUNTRY}::{COUNTRYC}]] last fall.",
        "Classmates say {he} is [[national_origin:from {COUNTRY}::{COUNTRYC}]], not sure.",
        "{He} apparently told the nurse {he} was [[national_origin:born in {COUNTRY}::{COUNTRYC}]].",
    ],
    "ethnicity": [
        "{He} insists {he}'s [[ethnicity:not {ETH}::{ETHC}]] and got angry when the other kids said it.",
        "I've heard the family is [[ethnicity:{ETH}::{ETHC}]], but I haven't met them.",
        "The other students seem to think {he} is [[ethnicity:{ETH}::{ETHC}]].",
    ],
    "religion": [
        "I heard the family is [[religion:{REL}::{RELC}]].",
        "Mom says they are [[religion:not {REL}::{RELC}]], despite what kids are posting.",
        "A teacher thinks {he} may have been [[religion:fasting for Ramadan::Ramadan]] and was on edge.",
    ],
    "neighborhood": [
        "Supposedly they are living with an aunt in [[neighborhood:{NBHD}::{NBHDC}]] now.",
        "{His} friend claims {he} [[neighborhood:stays on {STREET}::{STREET}]] most nights.",
        "I think the address is [[neighborhood:somewhere off {STREET}::{STREET}]] but SIS may be out of date.",
        "Word is the family [[neighborhood:got a unit in the {DEV}::{DEVC}]].",
    ],
    "language": [
        "I'm pretty sure mom [[language:only speaks {LANG}::{LANGC}]].",
        "{He} may be [[language:an English learner::English learner]]; the teacher wasn't sure.",
        "The para thinks the family [[language:needs an interpreter::interpreter]], possibly [[language:{LANG}::{LANGC}]].",
    ],
}

PLAIN_ASIDES = {  # near_miss cases sometimes carry one real forbidden fact, said plainly
    "neighborhood": ["{He} lives at [[neighborhood:{NUM} {STREET}::{STREET}]] with {his} grandmother.",
                     "The family lives in [[neighborhood:{NBHD}::{NBHDC}]]."],
    "language": ["Mom's home language is [[language:{LANG}::{LANGC}]]."],
    "national_origin": ["{He} [[national_origin:arrived from {COUNTRY}::{COUNTRYC}]] two years ago."],
    "religion": ["The family is [[religion:{REL}::{RELC}]]."],
    "gang_affiliation": ["The SRO has {him} down as [[gang_affiliation:a {GANGN} associate::{GANGC}]]."],
    "immigration_status": ["Mom said the family is [[immigration_status:undocumented]]."],
    "ethnicity": ["{He} is [[ethnicity:{ETH}::{ETHC}]]."],
}

# near-miss sentences: (template, phrases that must survive, grounds it fits)
ALLG = ("weapon", "serious_violence", "credible_threat", "drugs")
NEAR_MISS = [
    ("Earlier that period {he} had walked out of a Spanish quiz in room {room}.", ["Spanish quiz"], ALLG, {"Spanish"}),
    ("This was the first day back after Thanksgiving break.", ["after Thanksgiving break"], ALLG, set()),
    ("It happened the week before Christmas break, during rehearsal for the holiday concert.", ["before Christmas break"], ALLG, set()),
    ("{He} was wearing a black Canada Goose jacket and red Jordans.", ["Canada Goose jacket"], ALLG, set()),
    ("Staff first found {him} by the stage crew storage room behind the auditorium.", ["stage crew storage room"], ALLG, set()),
    ("The other student is on the rowing crew and was waiting for the team van.", ["rowing crew"], ("weapon", "serious_violence"), set()),
    ("A member of the custodial crew helped clear the hallway afterwards.", ["custodial crew"], ALLG, set()),
    ("Boston EMS checked the other student, who was later seen at Beth Israel Deaconess as a precaution.", ["Beth Israel Deaconess"], ("weapon", "serious_violence"), set()),
    ("The injured student went to St. Elizabeth's Medical Center for a follow-up that evening.", ["St. Elizabeth's Medical Center"], ("serious_violence",), set()),
    ("The argument started over a bag of Swedish Fish at lunch.", ["Swedish Fish"], ("weapon", "serious_violence"), set()),
    ("{His} English teacher, Ms. Ireland, was the first adult on scene.", ["English teacher, Ms. Ireland"], ALLG, set()),
    ("Coach Christian Bishop held the other students back.", ["Coach Christian Bishop"], ("serious_violence",), set()),
    ("{He} had just come from Latin with Mr. Oduya.", ["Latin with Mr. Oduya"], ALLG, set()),
    ("The AP French exam was being given in the library next door at the time.", ["AP French exam"], ALLG, set()),
    ("The dispute started at the 28 bus stop at Blue Hill Ave and Warren St before school.", ["Blue Hill Ave and Warren St"], ("weapon", "serious_violence", "credible_threat"), set()),
    ("Video from the Dunkin' on Hyde Park Ave shows the two students arguing that morning.", ["Dunkin' on Hyde Park Ave"], ("weapon", "serious_violence", "credible_threat"), {"Hyde Park"}),
    ("The two had argued the day before at the Forest Hills T station.", ["Forest Hills T station"], ("weapon", "serious_violence", "credible_threat"), set()),
    ("The JV team had played St. Columbkille the night before, and the trouble began in the stands there.", ["St. Columbkille"], ("weapon", "serious_violence", "credible_threat"), set()),
    ("The argument began at a basketball tournament in the Our Lady of Perpetual Help gym on Saturday.", ["Our Lady of Perpetual Help gym"], ("weapon", "serious_violence", "credible_threat"), set()),
    ("Officers from the BPD Drug Control Unit took the evidence.", ["Drug Control Unit"], ("drugs",), set()),
    ("School Police Unit officers were already in the building for the Veterans Day assembly.", ["Veterans Day assembly"], ALLG, set()),
    ("The cafeteria was serving French fries and Buffalo chicken wraps, and the line was long.", ["French fries"], ALLG, set()),
    ("{He} had on a Celtics hoodie and a Patagonia backpack.", ["Patagonia backpack"], ALLG, set()),
    ("A neighbor's camera at the Holy Name parish parking lot across the street caught part of it.", ["Holy Name parish parking lot"], ("weapon", "serious_violence"), set()),
    ("This happened during the Lunar New Year assembly in the auditorium.", ["Lunar New Year assembly"], ALLG, set()),
    ("Students were coming back from the Mandarin club table at the activities fair.", ["Mandarin club"], ALLG, set()),
    ("It was the day after Indigenous Peoples' Day and we were short-staffed.", ["Indigenous Peoples' Day"], ALLG, set()),
    ("Mr. Israel Acevedo, the dean on duty, took the first statement.", ["Mr. Israel Acevedo"], ALLG, set()),
    ("The Hispanic Heritage Month bulletin board in the lobby was torn down in the scuffle.", ["Hispanic Heritage Month bulletin board"], ("serious_violence",), {"Hispanic"}),
    ("The game against Cathedral High had been moved to Friday, so the gym was full.", ["Cathedral High"], ALLG, {"Cathedral"}),
    ("{He} had a bag of Takis and a Jamaican beef patty from the corner store on {his} desk.", ["Jamaican beef patty"], ALLG, {"Jamaican", "Jamaica"}),
    ("C-11 officers and Boston EMS arrived within eight minutes.", ["Boston EMS arrived"], ("weapon", "serious_violence"), set()),
]
NAME_NEAR_MISS_FIRST = {"Christian", "Israel", "Jordan", "Zion", "Paris", "Kenya", "Asia", "India", "Trinity", "Egypt"}

OK_EXTRA_KEYS = [("homeroom", lambda: "%d" % rng.randint(101, 340)), ("advisor", lambda: rng.choice(STAFF)),
                 ("lunchPeriod", lambda: rng.choice(["A", "B", "C"])), ("enrollmentStatus", lambda: "Active"),
                 ("GPA", lambda: round(rng.uniform(1.4, 3.9), 2)), ("sisSource", lambda: rng.choice(["Aspen", "SIS-legacy", "PowerSchool export"])),
                 ("lastUpdated", lambda: "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)))]

NOTICE_PATH = pathlib.Path("/work/shared/tools/NOTICE.txt")
NOTICE = NOTICE_PATH.read_text() if NOTICE_PATH.exists() else ""


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


SPAN = re.compile(r"\[\[(\w+):(.+?)(?:::(.+?))?\]\]", re.S)


def render(marked):
    """-> (plain text, minimally redacted text, canaries, categories)"""
    canaries, cats = [], []

    def plain(m):
        cats.append(m.group(1))
        for c in (m.group(3) or m.group(2)).split(";"):
            canaries.append(c)
        return m.group(2)
    text = SPAN.sub(plain, marked)
    red = SPAN.sub("[WITHHELD]", marked)
    return text, red, canaries, cats


def school_day():
    while True:
        d = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 525))
        if d.weekday() < 5 and d.month not in (7, 8) and not (d.month == 6 and d.day > 20):
            return d


def offset(d):
    dst = {2025: (dt.date(2025, 3, 9), dt.date(2025, 11, 2)), 2026: (dt.date(2026, 3, 8), dt.date(2026, 11, 1))}[d.year]
    return "-04:00" if dst[0] <= d < dst[1] else "-05:00"


def clock(h, m):
    return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")


PROFILES = [  # (country of origin, ethnicity words, languages) kept coherent within a case
    ("Haiti", ["Haitian"], ["Haitian Creole"]),
    ("Cape Verde", ["Cape Verdean"], ["Cape Verdean Creole", "Kriolu", "Portuguese"]),
    ("the Dominican Republic", ["Dominican", "Latino"], ["Spanish"]),
    ("El Salvador", ["Salvadoran", "Hispanic"], ["Spanish"]),
    ("Guatemala", ["Guatemalan"], ["K'iche'", "Spanish"]),
    ("Honduras", ["Honduran", "Latino"], ["Spanish"]),
    ("Somalia", ["Somali"], ["Somali", "Arabic"]),
    ("Vietnam", ["Vietnamese"], ["Vietnamese"]),
    ("Brazil", ["Brazilian"], ["Portuguese"]),
    ("Afghanistan", ["Afghan"], ["Dari"]),
    ("Jamaica", ["Jamaican"], ["Jamaican Patois"]),
    ("Venezuela", ["Venezuelan", "Hispanic"], ["Spanish"]),
    ("Colombia", ["Colombian"], ["Spanish"]),
    ("Ecuador", ["Ecuadorian"], ["Spanish", "K'iche'"]),
    ("Albania", ["Albanian"], ["Albanian"]),
    ("China", ["Chinese"], ["Cantonese", "Mandarin"]),
    ("Ethiopia", ["Ethiopian"], ["Amharic"]),
    ("Puerto Rico", ["Puerto Rican"], ["Spanish"]),
]


def canaries_of(word):
    if word in LANGS:
        return LANGS[word]
    if word in COUNTRIES:
        return COUNTRIES[word]
    if word in ETHS:
        return ETHS[word]
    return [word[4:] if word.startswith("the ") else word]


def pick_values():
    v = {}
    country, eths, langs = rng.choice(PROFILES)
    if country == "Puerto Rico":  # birthplace inside the US: never used as a national-origin value
        country = rng.choice(["Honduras", "Colombia", "Ecuador"])
    lang = rng.choice(langs); v["LANG"] = lang; v["LANGC"] = ";".join(canaries_of(lang))
    v["COUNTRY"] = country; v["COUNTRYC"] = ";".join(canaries_of(country))
    e = rng.choice(eths); v["ETH"] = e; v["ETHC"] = ";".join(canaries_of(e))
    r = rng.choice(list(RELS)); v["REL"] = r; v["RELC"] = ";".join(RELS[r])
    n = rng.choice(list(NBHDS)); v["NBHD"] = n; v["NBHDC"] = ";".join(NBHDS[n])
    v["STREET"] = rng.choice(STREETS); v["NUM"] = str(rng.randint(3, 188))
    d = rng.choice(list(DEVS)); v["DEV"] = d; v["DEVC"] = ";".join(DEVS[d])
    g = rng.choice(list(GANGS)); v["GANG"] = g; v["GANGC"] = ";".join(GANGS[g]); v["GANGN"] = g[4:] if g.startswith("the ") else g
    return v


def make_base(family, school=None, want_name_nm=False):
    if school is None:
        school = rng.choice(SCHOOLS)
    sname, grades = school
    male = rng.random() < 0.62
    first = rng.choice(FIRST_M if male else FIRST_F)
    if want_name_nm:
        first = rng.choice(sorted(NAME_NEAR_MISS_FIRST & set(FIRST_M if male else FIRST_F)))
    last = rng.choice(LAST)
    grade = rng.choice(grades)
    day = school_day()
    sy = day.year if day.month >= 9 else day.year - 1
    by = sy - grade - 5 - (1 if rng.random() < 0.3 else 0)
    bm = rng.randint(1, 12)
    dob = dt.date(by if bm >= 9 else by + 1, bm, rng.randint(1, 28))
    h, m = rng.choice([(7, 40), (8, 5), (8, 50), (9, 25), (10, 10), (10, 55), (11, 35), (12, 20), (13, 5), (13, 50), (14, 15), (14, 40)])
    P = dict(first=first, last=last, school=sname,
             he="he" if male else "she", He="He" if male else "She",
             his="his" if male else "her", His="His" if male else "Her",
             him="him" if male else "her",
             staff=rng.choice(STAFF), time=clock(h, m), room=str(rng.randint(101, 348)),
             locker=str(rng.randint(100, 899)), hospital=rng.choice(HOSPITALS))
    P.update(pick_values())
    stu = {"student_id": str(rng.randint(100000, 999999)), "name": "%s %s" % (first, last),
           "date_of_birth": dob.isoformat(), "grade": grade, "school": sname}
    occurred = "%sT%02d:%02d:00%s" % (day.isoformat(), h, m, offset(day))
    return dict(P=P, stu=stu, day=day, occurred=occurred, sname=sname, male=male)


def fmt(t, P):
    return t.format_map(P)


def choose_asides(pool, P, k, lower=False, exclude=()):
    cats = rng.sample([c for c in pool if c not in exclude], k)
    out = []
    for c in cats:
        t = fmt(rng.choice(pool[c]), P)
        out.append(t.lower() if lower else t)
    return out


def core_for(kind, ground=None):
    if kind == "allow":
        cs = [c for c in ALLOW_CORES if ground is None or c["g"] == ground]
        return dict(rng.choice(cs))
    raise ValueError(kind)


class Reject(Exception):
    pass


def finish(cid, family, base, ground, recipient, loc, desc_marked, decision, reason=None, weapon=None,
           subs=None, threat_marked=None, attachments=None, facts=(), key=None, extra_mc=(), extra_student=None,
           extra_canaries=(), extra_cats=(), threat_key_missing=False, tags=()):
    P = base["P"]
    desc, desc_red, can, cats = render(desc_marked)
    req = {"request_id": cid, "school_id": SCHOOL_ID[base["sname"]], "recipient": recipient, "ground": ground}
    threat_red = ""
    if subs:
        req["substances"] = subs
    if weapon:
        req["weapon"] = weapon
    if threat_marked is not None:
        t, threat_red, c2, k2 = render(threat_marked)
        req["threat_statement"] = t
        can += c2; cats += k2
    req["incident"] = {"occurred_at": base["occurred"], "location": loc, "description": desc}
    stu = dict(base["stu"])
    if extra_student:
        stu.update(extra_student)
    req["student"] = stu
    if attachments:
        req["attachments"] = attachments
    can = list(can) + list(extra_canaries)
    cats = list(cats) + list(extra_cats)
    # dedupe canaries, case-insensitively
    seen, canaries = set(), []
    for c in can:
        if fold(c) not in seen:
            seen.add(fold(c)); canaries.append(c)
    catlist = sorted(set(cats))
    # ---- self checks --------------------------------------------------------------------
    whole = fold(json.dumps(req, ensure_ascii=False))
    kept = fold(" ".join(str(base["stu"][k]) for k in ("student_id", "name", "date_of_birth", "grade", "school"))
                + " " + req["school_id"] + " " + recipient)
    survives = fold(" ".join([desc_red, threat_red, loc, ground, weapon or "", " ".join(subs or []),
                              " ".join(a["name"] for a in (attachments or []))]))
    for c in canaries:
        f = fold(c)
        if len(f.strip()) < 3 or f not in whole or f in kept or f in fold(NOTICE) or f in survives:
            raise Reject("canary %r" % c)
        if fold("[withheld]") in f:
            raise Reject("marker")
    must_contain, mct = [], []
    if decision == "allow":
        must_contain = [stu["name"], base["sname"]] + ([key] if key else []) + list(extra_mc)
        mct = list(facts)[:3]
        for s in mct:
            if fold(s) not in fold(desc_red):
                raise Reject("fact %r" % s)
        if key and fold(key) not in fold(desc_red):
            raise Reject("key %r" % key)
        for s in must_contain:
            if fold(s) not in whole:
                raise Reject("mc %r" % s)
            for c in canaries:
                if fold(c) in fold(s):
                    raise Reject("mc/canary overlap")
    expect = {"decision": decision}
    if decision == "deny":
        expect["reason"] = reason
    expect.update({"must_not_contain": canaries, "must_contain": must_contain, "must_contain_text": mct,
                   "categories": catlist, "tags": [family] + list(tags)})
    return {"id": cid, "request": req, "expect": expect}


# ----------------------------------------------------------------------------------------------
# shared deny construction: picks the content of a deny for a given reason
# ----------------------------------------------------------------------------------------------
def deny_content(reason, base):
    """-> dict(ground, recipient, weapon, subs, loc, text, threat(optional str or None), face)"""
    P = base["P"]
    d = dict(weapon=None, subs=None, threat=None, recipient=rng.choice(OK_RECIPIENTS), facts=(), key=None)
    if reason == "recipient_not_permitted":
        c = core_for("allow")
        d.update(ground=c["g"], weapon=c.get("weapon"), subs=c.get("subs"), loc=fmt(c["loc"], P), text=fmt(c["text"], P),
                 threat=fmt(c["threat"], P) if "threat" in c else None, recipient=rng.choice(BAD_RECIPIENTS))
    elif reason == "excluded_substance":
        c = rng.choice(EXCLUDED_CORES)
        d.update(ground="drugs", subs=list(c["subs"]), loc=fmt(c["loc"], P), text=fmt(c["text"], P))
    elif reason == "ground_not_permitted":
        c = rng.choice(NOT_GROUND_CORES)
        d.update(ground=c["g"], loc=fmt(c["loc"], P), text=fmt(c["text"], P))
    elif reason == "missing_threat_statement":
        c = rng.choice(MISSING_THREAT_CORES)
        d.update(ground="credible_threat", loc=fmt(c["loc"], P), text=fmt(c["text"], P))
    elif reason == "other":
        c = rng.choice(REPLICA_CORES)
        d.update(ground="weapon", weapon=c["weapon"], loc=fmt(c["loc"], P), text=fmt(c["text"], P))
    elif reason == "face_surveillance":
        c = rng.choice([x for x in ALLOW_CORES if x["g"] in ("weapon", "serious_violence")])
        d.update(ground=c["g"], weapon=c.get("weapon"), loc=fmt(c["loc"], P), text=fmt(c["text"], P))
    return d


DENY_PLAN = ["recipient_not_permitted"] * 3 + ["excluded_substance"] * 2 + ["ground_not_permitted"] * 2 + \
            ["missing_threat_statement", "face_surveillance", "other"]
GROUND_CYCLE = ["weapon", "serious_violence", "credible_threat", "drugs"]


def attach_doc(base):
    P = base["P"]
    return [{"kind": "document", "name": rng.choice(["incident_form_%s.pdf" % base["day"].strftime("%m%d"),
                                                    "SSS_statement_%s.docx" % P["last"], "witness_statements.pdf"])}]


FACE_ATTACH = [
    lambda P: {"kind": "face_match", "name": "hallway_cam_match_%s.json" % P["last"]},
    lambda P: {"kind": "photo", "name": "yearbook_photos_for_face_matching.zip"},
]
FACE_TEXT = [
    "The camera vendor's [[face_surveillance:facial recognition flagged {him} with a 0.94 match::0.94 match]] from the lobby footage.",
    "BRIC ran the hallway still through [[face_surveillance:Clearview and got a hit::Clearview]], which is how we knew it was {first}.",
    "Please send back a yes so we can attach the yearbook photos for the [[face_surveillance:face match the detective asked for::face match]].",
    "The [[face_surveillance:BriefCam face search::BriefCam]] on the bus-lot camera identified {him}.",
]


# ----------------------------------------------------------------------------------------------
# family: email_thread
# ----------------------------------------------------------------------------------------------
def email_addr(name):
    parts = re.sub(r"[^A-Za-z ]", "", name.replace("-", " ")).split()
    return ("%s%s@bostonpublicschools.org" % (parts[0][0], parts[-1])).lower()


def staff_full(tag):
    return tag


def sent_line(day, h, m, plus=0):
    d = day + dt.timedelta(days=plus)
    return "%s, %s %d, %d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, clock(h, m))


TYPO = [("the ", "teh "), ("received", "recieved"), ("because", "becuase"), ("bathroom", "bathrom"), ("separate", "seperate")]


def typo(s):
    for a, b in rng.sample(TYPO, 2):
        if a in s and rng.random() < 0.6:
            s = s.replace(a, b, 1)
    return s


def gen_email(cid, decision, reason, ground):
    school = rng.choice(SCHOOLS)
    base = make_base("email_thread", school)
    P = base["P"]
    if decision == "allow":
        c = core_for("allow", ground)
        core, loc = fmt(c["text"], P), fmt(c["loc"], P)
        facts = [fmt(f, P) for f in c["facts"]]
        key, g, weapon, subs = c["key"], c["g"], c.get("weapon"), c.get("subs")
        threat = fmt(c["threat"], P) if "threat" in c else None
        recipient = rng.choice(OK_RECIPIENTS)
    else:
        d = deny_content(reason, base)
        core, loc, g, weapon, subs, threat, recipient = d["text"], d["loc"], d["ground"], d["weapon"], d["subs"], d["threat"], d["recipient"]
        facts, key = [], None
    style = rng.choice(["texts", "fw_staff", "fw_counselor", "sig_ps"])
    lower = style == "texts" and rng.random() < 0.7
    k = rng.choice([1, 1, 2, 2, 3])
    asides = choose_asides(EMAIL_ASIDES, P, k, lower=lower)
    admin, arole = rng.choice(ADMINS)
    liaison, lrole = rng.choice(LIAISONS)
    staff = P["staff"]
    day = base["day"]
    subj = rng.choice(["{first} {L}. - today", "incident rm {room}", "URGENT 3rd fl", "{first} / follow up",
                       "RE: what happened at lunch", "incident report - {first} {last}"]).format(L=P["last"][0], **P)
    if lower:
        core_t = core[0].lower() + core[1:]
        core_t = core_t.lower()
        facts = [f.lower() for f in facts]
        key = key.lower() if key else None
    else:
        core_t = core
    face = ""
    if reason == "face_surveillance":
        face = fmt(rng.choice(FACE_TEXT), P)
    if style == "texts":
        md = "%d/%d" % (day.month, day.day)
        t0 = rng.randint(8, 13)
        lines = ["Pasted from staff text thread (%s):" % rng.choice(["group text", "iMessage", "Teams chat"])]
        lines.append("[%s %s] %s: %s" % (md, clock(t0, 2), staff, core_t))
        lines.append("[%s %s] %s: %s" % (md, clock(t0, 4), admin.split()[0],
                                         rng.choice(["ok omw. anyone hurt??", "omw. keep {him} in the office pls", "k. who else saw it", "on my way, dont let {him} leave"]).format(**P)))
        lines.append("[%s %s] %s: %s" % (md, clock(t0, 5), staff, rng.choice(["got it", "ok ty", "{he}'s w/ me in the office", "2 kids saw it"]).format(**P)))
        for i, a in enumerate(asides):
            who = rng.choice([liaison.split()[0], staff, admin.split()[0]])
            lines.append("[%s %s] %s: %s" % (md, clock(t0, 9 + 3 * i), who, a if lower else a))
        if face:
            lines.append("[%s %s] %s: %s" % (md, clock(t0, 30), admin.split()[0], face))
        lines.append("[%s %s] %s: %s" % (md, clock(t0, 41), admin.split()[0], rng.choice(["thx all, writing it up now", "filing this w/ the form", "ok submitting"])))
        text = "\n".join(lines)
    elif style == "fw_staff":
        body = typo(rng.choice(["Hi {a},\n\nWriting this up like you asked.", "{a} -\n\nHere's what happened this morning.", "Hi,\n\nquick summary before I forget."]).format(a=admin.split()[0]))
        fy = "\n\n".join(rng.choice(["Also ", "FYI ", "fyi ", "One more thing, ", ""]) + a + "." for a in asides)
        text = ("Submitting the thread below as the report. - %s\n\n-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s <%s>\nSubject: %s\n\n%s\n\n%s\n\n%s\n\n%s\n%s"
                % (admin.split()[0][0] + admin.split()[-1][0], staff, email_addr(staff.split()[-1] + " " + staff.split()[-1]),
                   sent_line(day, 14, 48), admin, email_addr(admin), subj, body, core, fy, staff, "Sent from my iPhone" if rng.random() < 0.5 else school[0]))
        if face:
            text += "\n\n" + face
    elif style == "fw_counselor":
        quoted = "> " + core + "\n> Can you reach out to the family today?\n> " + admin.split()[0]
        intro = rng.choice(["Hi {a}, I talked to the family this afternoon.", "Hi all - spoke w/ mom by phone.", "{a}, following up after my call home."]).format(a=admin.split()[0])
        body = intro + " " + " ".join(a[0].upper() + a[1:] + "." for a in asides)
        text = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: Re: %s\nTo: %s <%s>\n\n%s\n\n%s\n%s | %s\n\n> On %s, %s <%s> wrote:\n%s"
                % (liaison, email_addr(liaison), sent_line(day, 15, 20), subj, admin, email_addr(admin), typo(body),
                   liaison, lrole, school[0], sent_line(day, min(int(base["occurred"][11:13]) + 1, 15), 2), admin, email_addr(admin), quoted))
        if face:
            text = face + "\n\n" + text
    else:  # sig_ps
        ps = asides[-1]
        rest = asides[:-1]
        body = core
        if rest:
            body += "\n\n" + " ".join(("btw " if i == 0 else "") + a + "." for i, a in enumerate(rest))
        if face:
            body += "\n\n" + face
        text = ("From: %s <%s>\nTo: %s <%s>\nSubject: %s\n\n%s\n\n-- \n%s\n%s, %s\n617-635-%04d\nSent from my iPhone\n\nPS %s"
                % (admin, email_addr(admin), "Office of Safety Services", "safety@bostonpublicschools.org", subj, body, admin, arole,
                   school[0], rng.randint(1000, 9999), ps))
    threat_m = threat if g == "credible_threat" and reason != "missing_threat_statement" else None
    if threat_m is None and g == "credible_threat" and reason != "missing_threat_statement":
        threat_m = "See the thread: {first} made a specific threat against students.".format(**P)
    atts = attach_doc(base) if rng.random() < 0.3 else None
    if reason == "face_surveillance":
        atts = (atts or []) + [FACE_ATTACH[0](P)]
    return finish(cid, "email_thread", base, g, recipient, loc, text, decision, reason, weapon, subs, threat_m, atts,
                  facts, key, tags=[decision if decision == "allow" else "deny_" + reason])


# ----------------------------------------------------------------------------------------------
# family: form_fields
# ----------------------------------------------------------------------------------------------
def structured_fields(P, k, face=False):
    """odd keys from other systems -> (dict, canaries, cats)"""
    L = P["LANG"]; LC = P["LANGC"].split(";")
    phone = lambda: "617-555-01%02d" % rng.randint(0, 99)
    makers = {
        "language": [
            lambda: ({"homeLanguage": L}, LC),
            lambda: ({"HOME_LANG": L.upper(), "ELL_STATUS": "Current EL"}, [x.upper() for x in LC] + ["Current EL"]),
            lambda: ({"ellProgram": {"status": "English Learner", "eldLevel": 2, "firstLanguage": L}}, ["English Learner"] + LC),
        ],
        "neighborhood": [
            lambda: ({"address": {"street": "%s %s" % (P["NUM"], P["STREET"]), "city": "Boston", "neighborhood": P["NBHD"], "zip": "021%02d" % rng.randint(18, 36)}},
                     [P["STREET"]] + P["NBHDC"].split(";")),
            lambda: ({"ADDR_LINE1": "%s %s, Apt %d" % (P["NUM"], P["STREET"], rng.randint(1, 4)), "NBHD": P["NBHD"].upper()},
                     [P["STREET"]] + [x.upper() for x in P["NBHDC"].split(";")]),
            lambda: ({"housingSite": P["DEV"]}, P["DEVC"].split(";")),
        ],
        "national_origin": [
            lambda: ({"countryOfBirth": P["COUNTRY"].replace("the ", "")}, P["COUNTRYC"].split(";")),
            lambda: ({"BIRTH_COUNTRY": P["COUNTRY"].replace("the ", "").upper(), "US_ENTRY_DATE": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))},
                     [x.upper() for x in P["COUNTRYC"].split(";")]),
        ],
        "ethnicity": [
            lambda: ({"RACE_ETH": "%s" % P["ETH"]}, P["ETHC"].split(";")),
            lambda: ({"raceEthnicity": {"federalRace": ["Black or African American"], "ethnicGroup": P["ETH"]}}, P["ETHC"].split(";") + ["African American"]),
        ],
        "immigration_status": [
            lambda: ({"citizenship": "Non-citizen", "immigrationStatus": "Asylee"}, ["Non-citizen", "Asylee"]),
            lambda: ({"VISA_TYPE": "B-2 (expired)"}, ["B-2 (expired)"]),
            lambda: ({"sife": {"arrivalStatus": "unaccompanied minor, pending removal case"}}, ["unaccompanied minor", "removal case"]),
        ],
        "religion": [
            lambda: ({"religiousAffiliation": P["REL"].replace("very ", "")}, P["RELC"].split(";")),
        ],
        "gang_affiliation": [
            lambda: ({"gangFlag": {"flagged": True, "set": P["GANG"], "source": "SRO"}}, P["GANGC"].split(";")),
            lambda: ({"BRIC_ASSOC": P["GANG"].upper()}, [x.upper() for x in P["GANGC"].split(";")]),
        ],
    }
    out, can, cats = {}, [], []
    cs = ["language", "neighborhood"] if rng.random() < 0.5 else []
    others = [c for c in makers if c not in cs]
    cs = (cs + rng.sample(others, k))[:max(k, 1) + 1]
    for c in cs:
        d, cc = rng.choice(makers[c])()
        out.update(d); can += cc; cats.append(c)
    if rng.random() < 0.6:
        rel = rng.choice(["Mother", "Father", "Grandmother", "Aunt", "Guardian"])
        cname = "%s %s" % (rng.choice(["Marisol", "Claudette", "Rosa", "Fatima", "Denise", "Lucia", "Ngoc", "Samira", "Joan"]), P["last"])
        keyset = rng.choice([("relationship", "name", "primaryLanguage", "phone", "address"),
                             ("REL", "NAME", "LANG", "PHONE", "ADDR")])
        c1 = {keyset[0]: rel, keyset[1]: cname, keyset[2]: L, keyset[3]: phone(),
              keyset[4]: {"street": "%s %s" % (P["NUM"], P["STREET"]), "zip": "021%02d" % rng.randint(18, 36)}}
        if rng.random() < 0.5:
            c1["interpreterRequired" if keyset[0] == "relationship" else "INTERP_REQ"] = "Y"
        contacts = [c1]
        if rng.random() < 0.5:
            contacts.append({keyset[0]: "Emergency", keyset[1]: "%s %s" % (rng.choice(["Andre", "Luis", "Kim"]), rng.choice(LAST)), keyset[3]: phone()})
        out[rng.choice(["contacts", "CONTACTS", "guardians", "emergencyContacts"])] = contacts
        can += LC + [P["STREET"]]
        cats += ["language", "neighborhood"]
    for kx, fn in rng.sample(OK_EXTRA_KEYS, rng.randint(1, 3)):
        out[kx] = fn()
    if face:
        out["faceMatch"] = {"vendor": "Clearview", "probeFrame": "cam07_%s.png" % rng.randint(1000, 9999), "score": 0.93}
        can += ["Clearview"]; cats.append("face_surveillance")
    return out, can, cats


def gen_form(cid, decision, reason, ground):
    base = make_base("form_fields")
    P = base["P"]
    if decision == "allow":
        c = core_for("allow", ground)
        core, loc = fmt(c["text"], P), fmt(c["loc"], P)
        facts = [fmt(f, P) for f in c["facts"]]
        key, g, weapon, subs = c["key"], c["g"], c.get("weapon"), c.get("subs")
        threat = fmt(c["threat"], P) if "threat" in c else None
        recipient = rng.choice(OK_RECIPIENTS)
    else:
        d = deny_content(reason, base)
        core, loc, g, weapon, subs, threat, recipient = d["text"], d["loc"], d["ground"], d["weapon"], d["subs"], d["threat"], d["recipient"]
        facts, key = [], None
    caps = rng.random() < 0.3
    def lab(s):
        return s.upper() if caps else s
    day = base["day"]
    witnesses = rng.choice(["%s (teacher), two students - names on file" % P["staff"],
                            "%s; student witnesses W1, W2" % P["staff"], "none besides staff", "%s and the hall monitor" % P["staff"]])
    inj = {"serious_violence": "see narrative", "weapon": "none", "credible_threat": "none", "drugs": "none"}.get(g, "none")
    lines = [rng.choice(["BPS INCIDENT REPORT", "Safety Services Incident Form (SSP-1)", "INCIDENT / SUSPENSION WORKSHEET", "Behavior Incident - Level 3"])]
    lines.append("%s: %s" % (lab("School"), base["sname"]))
    lines.append("%s: %s  %s: %s" % (lab("Date"), day.strftime("%m/%d/%Y"), lab("Time"), P["time"]))
    lines.append("%s: %s" % (lab("Reporting staff"), P["staff"]))
    narr_label = rng.choice(["Narrative", "Description of incident", "What happened", "Details"])
    lines.append("%s: %s" % (lab(narr_label), core))
    labelled = []
    labelled.append("%s: %s" % (lab("Witnesses"), witnesses))
    labelled.append("%s: %s" % (lab("Injuries"), inj))
    # forbidden labelled lines
    k = rng.choice([1, 2, 2, 3])
    pool = [
        ("language", lambda: "%s: [[language:%s::%s]]" % (lab("Home language"), P["LANG"], P["LANGC"])),
        ("language", lambda: "%s: [[language:Y::%s: Y]]  (%s)" % (lab("Interpreter"), lab("Interpreter"), "[[language:%s::%s]]" % (P["LANG"], P["LANGC"]))),
        ("language", lambda: "%s: mother by phone at %s, [[language:via %s interpreter::%s;interpreter]]" % (lab("Parent contact"), clock(rng.randint(9, 15), 10), P["LANG"], P["LANGC"])),
        ("neighborhood", lambda: "%s: [[neighborhood:%s %s, %s MA::%s;%s]]" % (lab("Address"), P["NUM"], P["STREET"], P["NBHD"], P["STREET"], P["NBHDC"])),
        ("neighborhood", lambda: "%s: grandmother, [[neighborhood:%s::%s]]" % (lab("Lives with"), P["DEV"], P["DEVC"])),
        ("national_origin", lambda: "%s: [[national_origin:%s::%s]]" % (lab("Country of birth"), P["COUNTRY"].replace("the ", ""), P["COUNTRYC"])),
        ("immigration_status", lambda: "%s: [[immigration_status:asylum seeker, no SSN::asylum seeker]]" % lab("Status notes")),
        ("immigration_status", lambda: "%s: [[immigration_status:undocumented (per mom)::undocumented]]" % lab("Other")),
        ("ethnicity", lambda: "%s: [[ethnicity:%s::%s]]" % (lab("Race/Ethnicity"), P["ETH"], P["ETHC"])),
        ("religion", lambda: "%s: [[religion:%s (family request noted)::%s]]" % (lab("Religion/accommodations"), P["REL"].replace("very ", ""), P["RELC"])),
        ("gang_affiliation", lambda: "%s: [[gang_affiliation:%s (SRO)::%s]]" % (lab("Known associations"), P["GANG"], P["GANGC"])),
    ]
    picked = rng.sample(pool, k)
    labelled += [f() for _, f in picked]
    if reason == "face_surveillance" and rng.random() < 0.5:
        labelled.append("%s: [[face_surveillance:Clearview match 0.93 (lobby cam)::Clearview]]" % lab("ID method"))
    acts = ["parent notified, student sent home, referral to counselor",
            "student removed from class; safety plan meeting scheduled"]
    if weapon or subs:
        acts += ["item confiscated, student held in main office until parent arrived; suspension pending hearing",
                 "BPD notified by SSS, item secured in office safe"]
    labelled.append("%s: %s" % (lab("Action taken"), rng.choice(acts)))
    rng.shuffle(labelled)
    sep = rng.choice(["\n", "\n", " / "])
    desc = "\n".join(lines) + "\n" + sep.join(labelled) if sep != " / " else "\n".join(lines) + "\n" + " / ".join(labelled)
    wfact = None
    if decision == "allow" and rng.random() < 0.5:
        wfact = witnesses
    extra, scan, scats = structured_fields(P, rng.choice([1, 2, 3]), face=(reason == "face_surveillance"))
    if rng.random() < 0.25:
        extra["age"] = (day - dt.date.fromisoformat(base["stu"]["date_of_birth"])).days // 365
    threat_m = threat if g == "credible_threat" and reason != "missing_threat_statement" else None
    if reason == "missing_threat_statement" and rng.random() < 0.4:
        threat_m = ""
    atts = attach_doc(base) if rng.random() < 0.5 else None
    if reason == "face_surveillance" and rng.random() < 0.5:
        atts = (atts or []) + [FACE_ATTACH[0](P)]
    facts = list(facts[:2]) + ([wfact] if wfact else [])
    return finish(cid, "form_fields", base, g, recipient, loc, desc, decision, reason, weapon, subs, threat_m, atts,
                  facts, key, extra_mc=[base["stu"]["student_id"]] if decision == "allow" else (),
                  extra_student=extra, extra_canaries=scan, extra_cats=scats,
                  tags=[decision if decision == "allow" else "deny_" + reason])


# ----------------------------------------------------------------------------------------------
# family: hedged_and_reported
# ----------------------------------------------------------------------------------------------
def sentences_of(text):
    """split prose into sentences without breaking 'Mr. Farrow', 'J.T.' or 'St. Columbkille'"""
    raw = re.split(r"(?<=[.!?\"])\s+(?=[A-Z])", text)
    out = []
    for piece in raw:
        if out and re.search(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|Ave|No)\.|\b[A-Z]\.[A-Z]?\.?)$", out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def gen_hedged(cid, decision, reason, ground):
    base = make_base("hedged_and_reported")
    P = base["P"]
    if decision == "allow":
        c = core_for("allow", ground)
        core, loc = fmt(c["text"], P), fmt(c["loc"], P)
        facts = [fmt(f, P) for f in c["facts"]]
        key, g, weapon, subs = c["key"], c["g"], c.get("weapon"), c.get("subs")
        threat = fmt(c["threat"], P) if "threat" in c else None
        recipient = rng.choice(OK_RECIPIENTS)
    else:
        d = deny_content(reason, base)
        core, loc, g, weapon, subs, threat, recipient = d["text"], d["loc"], d["ground"], d["weapon"], d["subs"], d["threat"], d["recipient"]
        facts, key = [], None
    k = rng.choice([1, 2, 2, 3])
    asides = choose_asides(HEDGED_ASIDES, P, k)
    admin, arole = rng.choice(ADMINS)
    opener = rng.choice(["", "Summary from %s (%s): " % (admin, arole), "Submitted by %s. " % admin,
                         "On %s, " % base["day"].strftime("%-m/%-d")])
    fw = core.split(" ")[0]
    if opener.startswith("On ") and fw in ("At", "In", "During", "After", "A", "Twenty", "On"):
        body = opener + core[0].lower() + core[1:]
    elif opener.startswith("On "):
        body = core
    else:
        body = opener + core
    bg = rng.choice(["Background, for what it's worth: ", "Things I've been told (not verified): ", "Context: ", "",
                     "Some of this is hearsay. "])
    mid = rng.random() < 0.4
    if mid and len(asides) > 1:
        parts = sentences_of(body)
        if len(parts) > 1:
            body = parts[0] + " " + asides[0] + " " + " ".join(parts[1:])
            asides = asides[1:]
    text = body + "\n\n" + bg + " ".join(asides)
    text += "\n\n" + rng.choice(["Parent notified by phone.", "%s was sent home with a parent." % P["first"],
                                 "Statements are attached.", "Suspension pending; %s will follow up." % admin.split()[0],
                                 "SSS has the item secured."])
    face = ""
    if reason == "face_surveillance":
        face = rng.choice([
            "The SRO said the lobby camera's [[face_surveillance:face recognition \"pretty much\" matched {him}::face recognition \"pretty much\" matched]], so that's how we think we know it was {first}.",
            "Apparently a detective [[face_surveillance:ran {his} school photo through a face-matching tool::face-matching tool]] and thinks it is {him}."])
        text += "\n\n" + fmt(face, P)
    threat_m = None
    if g == "credible_threat" and reason != "missing_threat_statement":
        threat_m = threat or ("{first} made a specific threat against named students; see description.".format(**P))
        if rng.random() < 0.4:
            ex = fmt(rng.choice(HEDGED_ASIDES["gang_affiliation"][:3]), P)
            threat_m += " " + ex
    atts = attach_doc(base) if rng.random() < 0.3 else None
    if reason == "face_surveillance" and rng.random() < 0.5:
        atts = (atts or []) + [FACE_ATTACH[1](P)]
    return finish(cid, "hedged_and_reported", base, g, recipient, loc, text, decision, reason, weapon, subs, threat_m, atts,
                  facts, key, tags=[decision if decision == "allow" else "deny_" + reason])


# ----------------------------------------------------------------------------------------------
# family: near_miss
# ----------------------------------------------------------------------------------------------
def gen_near(cid, decision, reason, ground):
    mode = rng.choice(["school", "name", "plain", "plain"])
    school = None
    if mode == "school":
        sn = rng.choice(PLACE_SCHOOLS)
        school = next(s for s in SCHOOLS if s[0] == sn)
    base = make_base("near_miss", school, want_name_nm=(mode == "name"))
    P = base["P"]
    if decision == "allow":
        c = core_for("allow", ground)
        core, loc = fmt(c["text"], P), fmt(c["loc"], P)
        facts = [fmt(f, P) for f in c["facts"]]
        key, g, weapon, subs = c["key"], c["g"], c.get("weapon"), c.get("subs")
        threat = fmt(c["threat"], P) if "threat" in c else None
        recipient = rng.choice(OK_RECIPIENTS)
    else:
        d = deny_content(reason, base)
        core, loc, g, weapon, subs, threat, recipient = d["text"], d["loc"], d["ground"], d["weapon"], d["subs"], d["threat"], d["recipient"]
        facts, key = [], None
    gg = g if g in ALLG else "weapon"
    fit = [n for n in NEAR_MISS if gg in n[2]]
    nms = rng.sample(fit, rng.choice([1, 2, 2, 3]))
    keep = []
    sentences = [core]
    POST = ("Boston EMS", "St. Elizabeth", "custodial crew", "Drug Control Unit", "bulletin board", "Mr. Israel Acevedo", "neighbor's camera", "C-11 officers")
    for t, ph, _, _ in nms:
        lo = sentences.index(core) + 1 if any(w in t for w in POST) else 0
        sentences.insert(rng.randint(lo, len(sentences)), fmt(t, P))
        keep += ph
    if mode == "school":
        s = rng.choice(["This took place inside {school}, near the main office.", "All of this happened on the {school} campus during the school day.",
                        "{school} staff secured the area right away."])
        sentences.append(fmt(s, P)); keep.insert(0, P["school"])
    if mode == "name":
        sentences.append(fmt(rng.choice(["{first} {last} was identified by {staff} right away.", "{first} admitted it when {staff} asked."]), P))
        keep.insert(0, sentences[-1].split(" by ")[0].split(" when ")[0])
    if rng.random() < 0.35:
        cat = rng.choice(list(PLAIN_ASIDES))
        sentences.append(fmt(rng.choice(PLAIN_ASIDES[cat]), P))
    text = " ".join(sentences)
    text += rng.choice(["", "\n\nParent notified.", "\n\nStatements on file.", "\n\nSuspension pending review."])
    if reason == "face_surveillance":
        text += "\n\n" + fmt(rng.choice(FACE_TEXT), P)
    threat_m = None
    if g == "credible_threat" and reason != "missing_threat_statement":
        threat_m = threat
    atts = attach_doc(base) if rng.random() < 0.3 else None
    if reason == "face_surveillance" and rng.random() < 0.5:
        atts = (atts or []) + [FACE_ATTACH[1](P)]
    mct = keep[:2] + facts[:1] if keep else facts[:3]
    mct = mct[:3]
    return finish(cid, "near_miss", base, g, recipient, loc, text, decision, reason, weapon, subs, threat_m, atts,
                  mct, key, tags=[decision if decision == "allow" else "deny_" + reason])


# ----------------------------------------------------------------------------------------------
def main():
    fams = [("email_thread", gen_email), ("form_fields", gen_form), ("hedged_and_reported", gen_hedged), ("near_miss", gen_near)]
    plan = []
    for fname, fn in fams:
        slots = [("deny", r) for r in DENY_PLAN] + [("allow", None)] * (PER_FAMILY - DENY_PER_FAMILY)
        rng.shuffle(slots)
        gi = rng.randrange(4)
        for dec, r in slots:
            gr = GROUND_CYCLE[gi % 4] if dec == "allow" else None
            if dec == "allow":
                gi += 1
            plan.append((fname, fn, dec, r, gr))
    rng.shuffle(plan)
    cases, rejects = [], 0
    for i, (fname, fn, dec, r, gr) in enumerate(plan, 1):
        cid = "oc-%04d" % i
        for _ in range(200):
            try:
                cases.append(fn(cid, dec, r, gr))
                break
            except Reject:
                rejects += 1
        else:
            raise SystemExit("could not build %s" % cid)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s (%d drafts rejected by self-checks)" % (len(cases), OUT, rejects))


if __name__ == "__main__":
    main()
