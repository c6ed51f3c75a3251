"""Generator of tests/data/corpus/paraphrase.jsonl (seeded, reproducible): labelled cases written in
other words than public.jsonl. Run: .venv/bin/python -m tests.corpus.make_paraphrase

Labels follow RULES.md; canaries avoid strings that occur in every response (the notice, "[WITHHELD]").
"""

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "corpus" / "paraphrase.jsonl"
R = random.Random(20260321)

NAMES = [
    "Jordan Mitchell",
    "Georgia Flynn",
    "Christian Doyle",
    "Israel Ortiz",
    "Mercedes Alvarado",
    "Kenji Walsh",
    "Tavon Greer",
    "Lucia Ferreira",
    "Dmitri Kowalski",
    "Aaliyah Brooks",
    "Nguyen Thi Lan",
    "Mohamed Farah",
    "Jean-Pierre Louis",
    "Keisha Dawson",
    "Mateus Rocha",
    "Siobhan Kearney",
    "Darnell Whitaker",
    "Yusuf Abdi",
    "Camila Restrepo",
    "Tyrese Holland",
    "Brianna Costa",
    "Hector Villanueva",
    "Precious Okafor",
    "Liam Gallagher",
    "Marisol Pena",
    "DeShawn Pryor",
    "Ana Lucia Tavares",
    "Kevin Tran",
    "Fatima Diallo",
    "Rafael Santos",
    "Zoe Chen-Murphy",
    "Malik Jefferson",
    "Adriana Mejia",
    "Connor Byrne",
    "Esperanza Ruiz",
    "Jamal Osei",
    "India Robinson",
    "Chad Rivers",
    "Paris Whitfield",
    "Dakota Reyes",
]
SCHOOLS = [
    "Charlestown High School",
    "Excel High School",
    "Brighton High School",
    "East Boston High School",
    "Jeremiah E. Burke High School",
    "Dorchester Academy",
    "Roxbury Prep",
    "Mission Hill K-8",
    "Snowden International School",
    "TechBoston Academy",
    "Dearborn STEM Academy",
    "New Mission High School",
    "West Roxbury Academy",
    "Boston Community Leadership Academy",
    "O'Bryant School of Math and Science",
    "Fenway High School",
    "Community Academy of Science and Health",
    "McCormack Middle School",
    "Edison K-8",
    "Mario Umana Academy",
    "Hyde Park Middle School",
    "South Boston Education Complex",
    "Mattapan Early Elementary School",
    "Roslindale Academy",
    "Jamaica Plain Community Center",
]
BPD = [
    "bpd",
    "bpd/district-c11",
    "BPD District C-11",
    "Boston Police Department",
    "bpd/district-b3",
    "Boston Police",
    "bpd/district-e18",
    "BPD/District D-4",
    "bpd/school-police-liaison",
]
BAD_RCPT = [
    "BRIC",
    "ICE ERO",
    "Homeland Security Investigations",
    "FBI",
    "US Marshals",
    "Massachusetts State Police",
    "school police",
    "Commonwealth Fusion Center",
    "bpd/bric",
    "bpd/gang-unit",
    "dhs/hsi",
    "ice",
    "MBTA Transit Police",
    "Suffolk County Sheriff",
    "cbp",
    "BPD Youth Violence Strike Force",
    "DEA",
    "Allied Universal security",
    "Brookline Police",
    "US Border Patrol",
]

# forbidden snippets: (category, template, canary values)
COUNTRIES = [
    ("El Salvador", "Salvadoran"),
    ("Cabo Verde", "Cape Verdean"),
    ("Honduras", "Honduran"),
    ("Haiti", "Haitian"),
    ("the Dominican Republic", "Dominican"),
    ("Guatemala", "Guatemalan"),
    ("Somalia", "Somali"),
    ("Vietnam", "Vietnamese"),
    ("Brazil", "Brazilian"),
    ("Nigeria", "Nigerian"),
    ("Colombia", "Colombian"),
    ("Venezuela", "Venezuelan"),
    ("Ecuador", "Ecuadorian"),
    ("Jamaica", "Jamaican"),
    ("Mexico", "Mexican"),
    ("China", "Chinese"),
    ("Albania", "Albanian"),
    ("Ukraine", "Ukrainian"),
    ("Afghanistan", "Afghan"),
    ("Syria", "Syrian"),
    ("Ethiopia", "Ethiopian"),
    ("Eritrea", "Eritrean"),
    ("Sudan", "Sudanese"),
    ("the Congo", "Congolese"),
    ("Morocco", "Moroccan"),
    ("Trinidad", "Trinidadian"),
    ("Bangladesh", "Bangladeshi"),
    ("Nepal", "Nepali"),
    ("Peru", "Peruvian"),
    ("Cuba", "Cuban"),
    ("Nicaragua", "Nicaraguan"),
    ("Kenya", "Kenyan"),
    ("Uganda", "Ugandan"),
    ("Ghana", "Ghanaian"),
    ("Sierra Leone", "Sierra Leonean"),
    ("Liberia", "Liberian"),
    ("Iraq", "Iraqi"),
    ("Yemen", "Yemeni"),
    ("Russia", "Russian"),
    ("Poland", "Polish"),
    ("Ireland", "Irish"),
    ("Portugal", "Portuguese"),
    ("India", "Indian"),
    ("Pakistan", "Pakistani"),
    ("the Philippines", "Filipino"),
    ("Cambodia", "Cambodian"),
    ("Myanmar", "Burmese"),
    ("Senegal", "Senegalese"),
    ("Angola", "Angolan"),
    ("Puerto Rico", "Puerto Rican"),
    ("Guinea", "Guinean"),
    ("Bolivia", "Bolivian"),
    ("Chile", "Chilean"),
    ("Turkey", "Turkish"),
    ("Egypt", "Egyptian"),
    ("Lebanon", "Lebanese"),
    ("Iran", "Iranian"),
    ("Tibet", "Tibetan"),
    ("Laos", "Laotian"),
    ("Korea", "Korean"),
    ("Japan", "Japanese"),
    ("Barbados", "Barbadian"),
    ("Argentina", "Argentine"),
    ("Barranquilla", "Colombian"),
    ("Aleppo", "Syrian"),
    ("Jacmel", "Haitian"),
    ("Praia", "Cape Verdean"),
    ("Kampala", "Ugandan"),
    ("Governador Valadares", "Brazilian"),
    ("San Pedro Sula", "Honduran"),
    ("Huehuetenango", "Guatemalan"),
    ("Mogadishu", "Somali"),
    ("Kathmandu", "Nepali"),
    ("Santo Domingo", "Dominican"),
    ("Port-au-Prince", "Haitian"),
    ("Tirana", "Albanian"),
    ("Kabul", "Afghan"),
    ("Yangon", "Burmese"),
]
NO_TPL = [
    "Her family came here from {c} last year.",
    "He was born in {c}.",
    "The student is newly arrived from {c}.",
    "His parents are from {c}.",
    "She moved to Boston from {c} in 2023.",
    "The family emigrated from {c} when he was nine.",
    "Originally from {c}, the student enrolled in the fall.",
    "She is a native of {c}.",
    "The boy recently came over from {c}.",
    "His country of origin is {c}.",
    "Staff noted the family relocated from {c}.",
    "She grew up in {c} before coming to the district.",
    "He spent most of his childhood in {c}.",
    "The student arrived from {c} over the summer.",
    "The family fled {c} two years ago.",
    "His birthplace is listed as {c}.",
    "Her mother still lives in {c}.",
]
NO_DEM_TPL = ["He is a {d} national.", "The student holds {d} citizenship.", "She has {d} nationality."]
ETH = [
    "Afro-Latina",
    "Afro-Latino",
    "Haitian",
    "Dominican",
    "Cape Verdean",
    "Somali",
    "Vietnamese",
    "Puerto Rican",
    "Salvadoran",
    "Hispanic",
    "Latino",
    "Latina",
    "Latinx",
    "Asian American",
    "Chinese American",
    "Native American",
    "Hmong",
    "Khmer",
    "Ethiopian",
    "Jamaican",
    "Irish American",
    "Arab",
    "Middle Eastern",
    "biracial",
    "mixed-race",
    "Pacific Islander",
    "Indigenous",
    "Guatemalan",
    "Maya",
    "Brazilian",
    "Colombian",
    "Nigerian",
    "West Indian",
    "Caribbean",
    "African American",
    "South Asian",
    "Korean American",
    "Albanian",
    "Garifuna",
    "Wampanoag",
    "Pashtun",
    "Hazara",
    "Oromo",
    "Tigrayan",
    "Rohingya",
    "Uyghur",
    "Chaldean",
    "Mestizo",
    "Samoan",
    "Kosovar",
    "Zimbabwean",
    "Togolese",
]
ETH_TPL = [
    "The student is {e}.",
    "She identifies as {e}.",
    "He is of {e} descent.",
    "Witnesses described a {e} teen.",
    "Staff described him as {e}.",
    "Her background is {e}.",
    "He comes from a {e} family.",
    "The student, who is {e}, was in the hallway.",
    "She is {e} on her mother's side.",
    "His heritage is {e}.",
]
REL = [
    ("is a practicing Muslim", "Muslim"),
    ("attends St. Peter's parish", "St. Peter"),
    ("wears a hijab to school", "hijab"),
    ("is a Jehovah's Witness", "Jehovah"),
    ("was fasting for Ramadan", "Ramadan"),
    ("is Catholic", "Catholic"),
    ("goes to a Pentecostal church on Sundays", "Pentecostal"),
    ("is Jewish", "Jewish"),
    ("is Sikh and wears a turban", "Sikh"),
    ("is Hindu", "Hindu"),
    ("is a devout Buddhist", "Buddhist"),
    ("belongs to a Seventh-day Adventist congregation", "Adventist"),
    ("attends Friday prayers at the Islamic Society of Boston", "Islamic Society"),
    ("is an altar server at Sacred Heart", "Sacred Heart"),
    ("is Evangelical", "Evangelical"),
    ("is a member of the Church of Jesus Christ of Latter-day Saints", "Latter-day Saints"),
    ("is Greek Orthodox", "Orthodox"),
    ("sings in the choir at Twelfth Baptist Church", "Baptist"),
    ("attends the Vietnamese Buddhist temple", "temple"),
    ("goes to the mosque with his father", "mosque"),
    ("is Rastafarian", "Rastafarian"),
    ("attends Hebrew school at the synagogue", "synagogue"),
    ("is a Methodist", "Methodist"),
    ("practices Vodou with her family", "Vodou"),
    ("is an observant Muslim", "Muslim"),
    ("is a parishioner at St. Mark's", "St. Mark"),
    ("is Episcopalian", "Episcopalian"),
    ("is Lutheran", "Lutheran"),
    ("attends Bible study at Morning Star Baptist", "Morning Star"),
    ("keeps kosher", "kosher"),
    ("only eats halal food", "halal"),
    ("wears a turban", "turban"),
    ("prays five times a day", "prays five times"),
    ("goes to Hebrew school on Sundays", "Hebrew school"),
    ("is confirmed at Our Lady of Lourdes", "Our Lady of Lourdes"),
    ("celebrated Eid with her family", "Eid"),
    ("practices Santeria", "Santeria"),
    ("is Shia", "Shia"),
    ("wears a headscarf", "headscarf"),
]
REL_TPL = [
    "The student {r}.",
    "Staff mentioned she {r}.",
    "According to the counselor he {r}.",
    "The student's family {r}.",
]
NB = [
    ("resides at 17 Bowdoin St, Apt 2", ["Bowdoin"]),
    ("lives in the Mildred Hailey apartments", ["Mildred Hailey"]),
    ("is from Mattapan", ["Mattapan"]),
    ("lives in zip code 02126", ["02126"]),
    ("lives on Blue Hill Avenue", ["Blue Hill"]),
    ("stays in a family shelter in Dorchester", ["Dorchester"]),
    ("lives at 88 Geneva Ave.", ["Geneva"]),
    ("lives in the Bromley-Heath development", ["Bromley"]),
    ("grew up in Orchard Gardens", ["Orchard Gardens"]),
    ("lives in the Cathedral housing development", ["Cathedral"]),
    ("lives near Uphams Corner", ["Uphams"]),
    ("resides in Roslindale", ["Roslindale"]),
    ("lives in West Roxbury", ["West Roxbury"]),
    ("lives in Charlestown", ["Charlestown"]),
    ("is from Southie", ["Southie"]),
    ("lives in Allston", ["Allston"]),
    ("lives in East Boston", ["East Boston"]),
    ("lives in Chinatown", ["Chinatown"]),
    ("lives in JP", ["in JP"]),
    ("lives in Hyde Park", ["Hyde Park"]),
    ("lives in the North End", ["North End"]),
    ("lives on Mission Hill", ["on Mission Hill"]),
    ("lives in Grove Hall", ["Grove Hall"]),
    ("lives off Codman Square", ["Codman"]),
    ("lives near Fields Corner", ["Fields Corner"]),
    ("lives in Egleston Square", ["Egleston"]),
    ("lives in Four Corners", ["Four Corners"]),
    ("lives in Savin Hill", ["Savin Hill"]),
    ("commutes in from Chelsea", ["Chelsea"]),
    ("lives in Revere", ["Revere"]),
    ("lives in Brockton", ["Brockton"]),
    ("lives in Lynn", ["Lynn"]),
    ("lives at 240 Columbia Road, #3", ["Columbia Road"]),
    ("lives in Villa Victoria", ["Villa Victoria"]),
    ("lives in the Old Colony development", ["Old Colony"]),
    ("lives in the Franklin Field apartments", ["Franklin Field"]),
    ("lives in the Lenox Street development", ["Lenox"]),
    ("lives on Harvard St in the 02121 zip code", ["Harvard St", "02121"]),
    ("lives in Roxbury", ["in Roxbury"]),
    ("lives in Jamaica Plain", ["in Jamaica Plain"]),
    ("lives in Brighton", ["in Brighton"]),
    ("lives at 12 Woodrow Avenue", ["Woodrow"]),
    ("lives in Lower Mills", ["Lower Mills"]),
    ("lives in Readville", ["Readville"]),
    ("lives in the South End", ["South End"]),
    ("lives in Back Bay", ["Back Bay"]),
    ("lives in Somerville", ["Somerville"]),
    ("lives in Everett", ["Everett"]),
    ("lives in Quincy", ["Quincy"]),
    ("lives in Malden", ["Malden"]),
    ("recently relocated to Medford", ["Medford"]),
    ("commutes from Worcester", ["Worcester"]),
    ("gets mail at P.O. Box 1123", ["Box 1123"]),
    ("lives at 410 Warren Street", ["Warren Street"]),
    ("lives near Nubian Square", ["Nubian"]),
    ("lives in Orient Heights", ["Orient Heights"]),
    ("is from Eastie", ["Eastie"]),
    ("lives in the Mary Ellen McCormack development", ["McCormack development"]),
    ("lives in Waltham", ["Waltham"]),
]
NB_TPL = [
    "The student {n}.",
    "Records show she {n}.",
    "His family {n}.",
    "She {n} with her grandmother.",
    "He {n}, according to the file.",
]
LANG = [
    ("the boy's mother only speaks Haitian Creole", ["Haitian Creole"]),
    ("she is an ESL student", ["ESL"]),
    ("the family needs a Vietnamese interpreter", ["Vietnamese"]),
    ("he is classified as an English learner", ["English learner"]),
    ("his first language is Kriolu", ["Kriolu"]),
    ("she speaks mostly Spanish at home", ["Spanish"]),
    ("he is in the SEI program", ["SEI program"]),
    ("he has limited English proficiency", ["limited English"]),
    ("the parents asked for a Portuguese translator", ["Portuguese"]),
    ("she is at WIDA level 2", ["WIDA"]),
    ("he is bilingual in Somali and English", ["Somali"]),
    ("her father communicates only in Arabic", ["Arabic"]),
    ("the mother speaks Mandarin", ["Mandarin"]),
    ("the family speaks Cantonese", ["Cantonese"]),
    ("her home language is Amharic", ["Amharic"]),
    ("he speaks Tigrinya", ["Tigrinya"]),
    ("his parents speak Dari", ["Dari"]),
    ("an interpreter for Nepali was requested", ["Nepali"]),
    ("the grandmother speaks only Russian", ["Russian"]),
    ("the student speaks Kreyòl", ["Kreyòl", "Kreyol"]),
    ("she is a multilingual learner at level 3", ["multilingual learner"]),
    ("he receives ELD services", ["ELD services"]),
    ("the family's primary language is K'iche'", ["K'iche"]),
    ("the student is still learning English", ["learning English"]),
    ("a Cape Verdean Creole interpreter is needed", ["Cape Verdean"]),
    ("the father speaks Pashto", ["Pashto"]),
    ("she speaks Tagalog with her aunt", ["Tagalog"]),
    ("he is a newcomer ELL", ["ELL"]),
    ("mom needs everything translated into Spanish", ["Spanish"]),
    ("his dominant language is Portuguese", ["Portuguese"]),
    ("he is bilingual in Lao and English", ["Lao"]),
    ("she is fluent in Tigrinya", ["Tigrinya"]),
    ("his mom needs a Karen interpreter", ["Karen interpreter"]),
    ("the family speaks Q'anjob'al", ["anjob"]),
    ("his parents only speak Toisanese", ["Toisanese"]),
]
LANG_TPL = ["Note: {l}.", "The counselor added that {l}.", "For the record, {l}.", "Staff noted that {l}."]
IMM = [
    ("he is a DACA recipient", ["DACA"]),
    ("his asylum case is pending", ["asylum"]),
    ("she is undocumented", ["undocumented"]),
    ("the family has no papers", ["no papers"]),
    ("he is here on a student visa", ["visa"]),
    ("she overstayed her visa", ["visa"]),
    ("the family has TPS", ["TPS"]),
    ("his mother is a green card holder", ["green card"]),
    ("the family are refugees", ["refugee"]),
    ("he has a removal hearing next month", ["removal hearing"]),
    ("his father was detained by ICE in May", ["detained by ICE"]),
    ("she is a lawful permanent resident", ["permanent resident"]),
    ("he is not a U.S. citizen", ["not a U.S. citizen"]),
    ("her SIJS petition was filed", ["SIJS"]),
    ("the family entered on humanitarian parole", ["humanitarian parole"]),
    ("he crossed the border as an unaccompanied minor", ["unaccompanied minor", "crossed the border"]),
    ("the family is out of status", ["out of status"]),
    ("she has a pending deportation case", ["deportation"]),
    ("he is an asylee", ["asylee"]),
    ("she is a Dreamer", ["Dreamer"]),
    ("the family is applying for a U visa", ["U visa"]),
    ("his parents are illegal immigrants", ["illegal immigrant"]),
    ("he has no legal status", ["legal status"]),
    ("his work permit expired", ["work permit"]),
    ("she is waiting on her citizenship application", ["citizenship"]),
    ("he has a removal hearing in June", ["removal hearing"]),
    ("he filed an I-589", ["I-589"]),
    ("the family crossed the Darien Gap", ["Darien"]),
    ("he entered without inspection", ["without inspection"]),
    ("his EAD expired", ["EAD"]),
    ("the family stays at a migrant shelter in Revere", ["migrant shelter", "Revere"]),
    ("his mother is in immigration court", ["immigration court"]),
    ("he was paroled into the US in 2024", ["paroled"]),
]
IMM_TPL = ["The counselor mentioned {i}.", "Per a teacher, {i}.", "It is also known that {i}.", "Staff believe {i}."]
GANG = [
    ("reportedly runs with the H-Block crew", ["H-Block"]),
    ("is on the gang database", ["on the gang database"]),
    ("is listed by BRIC as a Heath Street associate", ["Heath Street"]),
    ("is a known member of the Castlegate crew", ["Castlegate"]),
    ("is affiliated with MS-13", ["MS-13"]),
    ("claims Bloods", ["Bloods"]),
    ("hangs with the Norfolk Street boys", ["Norfolk Street"]),
    ("has ties to the Lucerne Street Doggz", ["Lucerne"]),
    ("is a suspected Wendover associate", ["Wendover"]),
    ("is believed to be in a gang", ["in a gang"]),
    ("throws Latin Kings signs", ["Latin Kings"]),
    ("is associated with the Columbia Point Dawgz", ["Columbia Point"]),
    ("rolls with the Trinitarios", ["Trinitarios"]),
    ("is part of the Franklin Hill Giants", ["Franklin Hill"]),
    ("is affiliated with the 18th Street gang", ["18th Street"]),
    ("is in the Crips", ["Crips"]),
    ("was tagged by the gang unit as a Greenwood Street member", ["Greenwood"]),
    ("is connected to the Orchard Park Trailblazers", ["Trailblazers"]),
    ("reps the Morse Street set", ["Morse Street"]),
    ("is a validated gang member", ["gang member"]),
    ("runs with a Mozart Street crew", ["Mozart"]),
    ("is a known Magnolia member", ["Magnolia"]),
    ("claims KOB", ["KOB"]),
    ("was seen throwing 18th Street signs", ["18th Street"]),
    ("is tied to Stonehurst", ["Stonehurst"]),
    ("is down with Sur 13", ["Sur 13"]),
    ("is a validated Cheney Street associate", ["Cheney"]),
    ("hangs out with the Annunciation Road boys", ["Annunciation"]),
]
GANG_TPL = ["Police say the student {g}.", "Rumor is that he {g}.", "The SRO believes she {g}.", "The student {g}."]
FACE = [
    ("Clearview flagged him from the hallway video", ["Clearview"]),
    ("we ran his photo through facial recognition", ["facial recognition"]),
    ("a face-matching tool identified her from the video", ["face-matching"]),
    ("BRIC's face recognition system returned a match", ["face recognition"]),
    ("officers asked for yearbook photos to run against their face database", ["face database"]),
    ("the camera system's facial match put him at the scene", ["facial match"]),
    ("a biometric face scan matched the student", ["face scan"]),
]

FACT = {
    "serious_violence": [
        ("{n} struck a classmate with a chair, leaving him with a fractured jaw.", ["fractured jaw"]),
        (
            "{n} punched a teacher repeatedly; the teacher lost consciousness and was taken to the hospital.",
            ["lost consciousness"],
        ),
        ("{n} stabbed another student in the shoulder with a screwdriver.", ["screwdriver"]),
        ("{n} slashed a classmate's forearm with a razor blade, requiring 14 stitches.", ["14 stitches"]),
        ("{n} sexually assaulted a student in a stairwell on March 4.", ["sexually assaulted"]),
        ("{n} kicked a student in the head until he had a concussion and a broken nose.", ["broken nose"]),
        ("{n} beat a ninth grader with a metal pipe, fracturing his skull.", ["metal pipe"]),
        ("{n} pushed a classmate down the stairs; she suffered a broken arm.", ["broken arm"]),
    ],
    "credible_threat": [
        ("{n} posted that he would bring a gun on Friday and shoot the gym teacher.", ["bring a gun"]),
        (
            "{n} told two classmates she planned to stab a girl after school with her mother's kitchen knife.",
            ["kitchen knife"],
        ),
        ("{n} wrote a list of names titled 'targets' and said he would bring a gun.", ["bring a gun"]),
        ("{n} sent a Snapchat message threatening to blow up the cafeteria with a pipe bomb.", ["pipe bomb"]),
        ("{n} said in class that he would shoot up the school on the last day of exams.", ["shoot up the school"]),
    ],
}
THREATS = [
    "He said he would bring his cousin's gun on Friday and shoot the gym teacher.",
    "She told classmates she would stab the girl after dismissal on April 2.",
    "Posted a photo of a pistol with the caption 'tomorrow, 3rd period'.",
    "Stated he will bomb the cafeteria next week; he described how he would build it.",
    "Threatened to shoot specific named students at the spring dance.",
]
WEAPONS_OK = [
    ("a switchblade", "switchblade"),
    ("a loaded 9mm", "9mm"),
    ("a box cutter", "box cutter"),
    ("pepper spray", "pepper spray"),
    ("a stun gun", "stun gun"),
    ("a machete", "machete"),
    ("nunchucks", "nunchucks"),
    ("a collapsible baton", "collapsible baton"),
    ("a homemade explosive", "homemade explosive"),
    ("brass knuckles", "brass knuckles"),
    ("a butterfly knife", "butterfly knife"),
    ("a .22 revolver", "revolver"),
    ("a taser", "taser"),
    ("a can of mace", "mace"),
    ("a ghost gun", "ghost gun"),
    ("an unloaded shotgun", "shotgun"),
    ("a razor blade", "razor blade"),
    ("a hunting knife", "hunting knife"),
    ("a kitchen knife", "kitchen knife"),
    ("a Glock handgun", "Glock"),
]
WEAPONS_REPLICA = [
    ("an airsoft pistol", "airsoft pistol"),
    ("a BB gun", "BB gun"),
    ("a replica handgun", "replica handgun"),
    ("a pellet gun", "pellet gun"),
    ("a toy gun painted black", "toy gun"),
]
W_TPL = [
    "{n} was found with {w} in {p} backpack.",
    "A teacher saw {n} holding {w} near the lockers.",
    "During a search, staff recovered {w} from {n}'s jacket pocket.",
    "{n} showed {w} to classmates in the cafeteria.",
    "Security found {w} in {n}'s locker.",
    "{n} brought {w} to school on Tuesday.",
]
DRUG_OK = [
    ("two blue M30 pills", ["M30 pills"], "M30"),
    ("a bag of crack", ["crack"], "crack"),
    ("molly", ["molly"], "molly"),
    ("shrooms", ["shrooms"], "shrooms"),
    ("Xanax bars", ["Xanax bars"], "Xanax"),
    ("Adderall that wasn't his", ["Adderall (not prescribed to the student)"], "Adderall"),
    ("lean (codeine syrup)", ["lean"], "codeine"),
    ("ketamine", ["ketamine"], "ketamine"),
    ("Percocet", ["Percocet"], "Percocet"),
    ("fentanyl-laced pills", ["fentanyl"], "fentanyl"),
    ("cocaine", ["cocaine"], "cocaine"),
    ("heroin", ["heroin"], "heroin"),
    ("LSD tabs", ["LSD"], "LSD"),
    ("meth", ["methamphetamine"], "meth"),
    ("oxycodone", ["oxycodone"], "oxycodone"),
    ("counterfeit Xanax", ["counterfeit Xanax"], "Xanax"),
    ("ecstasy pills", ["ecstasy"], "ecstasy"),
]
DRUG_EX = [
    ("a THC cartridge", ["THC cartridge"], "THC"),
    ("Juul pods", ["Juul pods"], "Juul"),
    ("a bottle of vodka", ["vodka"], "vodka"),
    ("edibles", ["edibles"], "edibles"),
    ("a dab pen", ["dab pen"], "dab pen"),
    ("a vape of unknown contents", ["vape (unknown contents)"], "vape"),
    ("weed", ["weed"], "weed"),
    ("nicotine pouches", ["Zyn nicotine pouches"], "nicotine"),
    ("beer", ["beer"], "beer"),
    ("a blunt", ["blunt"], "blunt"),
    ("hard seltzer", ["hard seltzer"], "seltzer"),
    ("a disposable vape", ["vape"], "vape"),
    ("wax concentrate", ["THC wax"], "wax"),
    ("chewing tobacco", ["chewing tobacco"], "tobacco"),
]
D_TPL = [
    "{n} was caught with {d} in the bathroom.",
    "A staff member found {d} in {n}'s backpack.",
    "{n} tried to sell {d} to classmates at lunch.",
    "{n} had {d} hidden in a sock.",
    "Staff confiscated {d} from {n}.",
]
OTHER = [
    ("fight", "{n} got into a shoving match with a classmate; no one was hurt."),
    ("theft", "{n} took a classmate's phone from the locker room."),
    ("vandalism", "{n} spray-painted the gym wall."),
    ("trespassing", "{n} was found in the building after hours."),
    ("suspicious behavior", "{n} was seen photographing the exits."),
    ("gang activity", "{n} was seen flashing hand signs in the hallway."),
    ("immigration", "Police asked whether {n} is enrolled."),
    ("truancy", "{n} has missed 23 days this term."),
    ("bullying", "{n} repeatedly mocked a classmate online."),
    ("general information", "Detectives asked for {n}'s schedule."),
    ("disorderly conduct", "{n} refused to leave class and yelled."),
]

FIELDS = {
    "national_origin": [
        ("countryOfOrigin", "C"),
        ("national_origin", "C"),
        ("birthCountry", "C"),
        ("Country of Birth", "C"),
        ("nationality", "D"),
        ("placeOfBirth", "C"),
    ],
    "language": [
        ("Primary Language", "L"),
        ("ELL_Level", "ELLV"),
        ("homeLanguage", "L"),
        ("languageSpokenAtHome", "L"),
        ("interpreterNeeded", "L"),
        ("LEP", "LEPV"),
    ],
    "immigration_status": [
        ("citizenship", "CIT"),
        ("immigrationStatus", "IMV"),
        ("visaType", "VISA"),
        ("US Entry Date", "DATE"),
    ],
    "ethnicity": [("race_ethnicity", "E"), ("Race", "E"), ("ethnicGroup", "E"), ("hispanicLatino", "YES")],
    "religion": [("parish", "PAR"), ("religion", "RELV"), ("Religious Affiliation", "RELV"), ("faithCommunity", "PAR")],
    "neighborhood": [
        ("Address Line 1", "ADDR"),
        ("zip", "ZIP"),
        ("neighborhoodOfResidence", "NBH"),
        ("Street", "ADDR"),
        ("housingDevelopment", "HD"),
        ("home_city", "CITY"),
    ],
    "gang_affiliation": [("gangAssociation", "GANG"), ("crew", "GANG"), ("bricStatus", "GANG"), ("gang_flag", "GANG")],
}
ADDRS = [
    ("17 Bowdoin St, Apt 2", "Bowdoin"),
    ("55 Harvard Street", "Harvard Street"),
    ("9 Fowler St", "Fowler"),
    ("312 Norfolk Ave", "Norfolk Ave"),
    ("41 Intervale Street", "Intervale"),
    ("23 Hancock St Apt 3R", "Hancock"),
]
ZIPS = ["02126", "02121", "02119", "02124", "02125", "02128", "02130", "02136", "02122", "02131"]
NBHS = [
    "Mattapan",
    "Dorchester",
    "Roxbury",
    "East Boston",
    "Hyde Park",
    "Roslindale",
    "Jamaica Plain",
    "Allston",
    "Charlestown",
    "South Boston",
]
HDS = [
    "Mildred Hailey",
    "Bromley-Heath",
    "Orchard Gardens",
    "Mission Main",
    "Franklin Field",
    "Old Colony",
    "Cathedral",
]
LANGS = [
    "Haitian Creole",
    "Vietnamese",
    "Somali",
    "Cape Verdean Creole",
    "Spanish",
    "Portuguese",
    "Arabic",
    "Mandarin",
    "Amharic",
    "Nepali",
]
CITIES = ["Chelsea", "Revere", "Lynn", "Brockton", "Everett"]
GANGS = ["H-Block", "Heath Street", "Castlegate", "Wendover", "Lucerne Street", "MS-13", "Columbia Point Dawgz"]
PARS = ["St. Peter's parish", "Sacred Heart", "Twelfth Baptist Church", "Islamic Society of Boston", "St. Mark's"]
RELS = ["Muslim", "Catholic", "Jewish", "Pentecostal", "Hindu", "Buddhist", "Sikh"]


def field_value(code):
    if code == "C":
        c, _ = R.choice(COUNTRIES)
        c = c.replace("the ", "")
        return c, [c]
    if code == "D":
        _, d = R.choice(COUNTRIES)
        return d, [d]
    if code == "L":
        lang = R.choice(LANGS)
        return lang, [lang]
    if code == "ELLV":
        v = R.choice(["Level 2 (Developing)", "ELD 3", "WIDA 1.8", "Emerging"])
        return v, [v]
    if code == "LEPV":
        return "Yes - Spanish", ["Spanish"]
    if code == "CIT":
        v = R.choice(["Non-citizen", "undocumented", "Permanent resident"])
        return v, [v]
    if code == "IMV":
        v = R.choice(["asylum pending", "DACA", "TPS", "refugee"])
        return v, [v]
    if code == "VISA":
        return "F-1", ["F-1"]
    if code == "DATE":
        return "2024-08-19", ["2024-08-19"]
    if code == "E":
        e = R.choice(
            ["Afro-Latina", "Haitian", "Hispanic/Latino", "Cape Verdean", "Asian", "Somali", "Dominican", "Vietnamese"]
        )
        return e, [e]
    if code == "YES":
        return "Y", []
    if code == "PAR":
        p = R.choice(PARS)
        return p, [p]
    if code == "RELV":
        r = R.choice(RELS)
        return r, [r]
    if code == "ADDR":
        a, k = R.choice(ADDRS)
        return a, [k]
    if code == "ZIP":
        z = R.choice(ZIPS)
        return z, [z]
    if code == "NBH":
        n = R.choice(NBHS)
        return n, [n]
    if code == "HD":
        h = R.choice(HDS)
        return h, [h]
    if code == "CITY":
        c = R.choice(CITIES)
        return c, [c]
    if code == "GANG":
        g = R.choice(GANGS)
        return g, [g]
    raise KeyError(code)


def snippet(cat, name):
    R.choice(["He", "She"])
    if cat == "national_origin":
        if R.random() < 0.8:
            c, d = R.choice(COUNTRIES)
            return R.choice(NO_TPL).format(c=c), [c.replace("the ", "")], cat
        c, d = R.choice(COUNTRIES)
        return R.choice(NO_DEM_TPL).format(d=d), [d], cat
    if cat == "ethnicity":
        e = R.choice(ETH)
        return R.choice(ETH_TPL).format(e=e), [e], cat
    if cat == "religion":
        r, k = R.choice(REL)
        return R.choice(REL_TPL).format(r=r), [k], cat
    if cat == "neighborhood":
        n, ks = R.choice(NB)
        return R.choice(NB_TPL).format(n=n), ks, cat
    if cat == "language":
        lang, ks = R.choice(LANG)
        t = R.choice(LANG_TPL).format(l=lang)
        return t[0].upper() + t[1:], ks, cat
    if cat == "immigration_status":
        i, ks = R.choice(IMM)
        return R.choice(IMM_TPL).format(i=i), ks, cat
    if cat == "gang_affiliation":
        g, ks = R.choice(GANG)
        return R.choice(GANG_TPL).format(g=g), ks, cat
    raise KeyError(cat)


CATS = [
    "national_origin",
    "ethnicity",
    "religion",
    "neighborhood",
    "language",
    "immigration_status",
    "gang_affiliation",
]


def student(name, school, cats_fields):
    sid = f"S{R.randint(100000, 999999)}"
    style = R.randint(0, 5)
    s = {}
    s[R.choice(["student_id", "studentId", "Student ID", "id", "bps_id"])] = sid
    first, last = name.split(" ", 1) if " " in name else (name, "")
    must = [name]
    if style == 0:
        s["name"] = {"first": first, "last": last}
        must = [first, last]
    else:
        s[R.choice(["name", "fullName", "Student Name", "student_name", "name"])] = name
    s[R.choice(["date_of_birth", "dob", "birthDate"])] = (
        f"20{R.randint(8, 12):02d}-0{R.randint(1, 9)}-1{R.randint(0, 9)}"
    )
    s[R.choice(["grade", "gradeLevel", "Grade"])] = R.randint(6, 12)
    s[R.choice(["school", "schoolName", "School"])] = school
    canaries = []
    nested = R.random() < 0.25
    target = s
    if nested:
        target = {}
        s[R.choice(["demographics", "profile", "sis_extra"])] = target
    for cat in cats_fields:
        fname, code = R.choice(FIELDS[cat])
        v, ks = field_value(code)
        target[fname] = v
        canaries += ks
    return s, must, canaries


cases = []


def add(req, decision, mnc, must, mct, cats, tag, reason=None):
    i = len(cases)
    req["request_id"] = f"para-{i:04d}"
    e = {
        "decision": decision,
        "must_not_contain": sorted(set(mnc)),
        "must_contain": must if decision == "allow" else [],
        "categories": sorted(set(cats)),
        "tags": [tag],
        "must_contain_text": mct if decision == "allow" else [],
    }
    if reason:
        e["reason"] = reason
    cases.append({"id": f"para-{i:04d}", "request": req, "expect": e})


def base(name, school, kind_snips=None, field_cats=None):
    ks = kind_snips if kind_snips is not None else R.sample(CATS, R.randint(1, 2))
    fc = field_cats if field_cats is not None else R.sample(CATS, R.randint(0, 2))
    snips = [snippet(c, name) for c in ks]
    s, must, fcan = student(name, school, fc)
    mnc = [k for _, kk, _ in snips for k in kk] + fcan
    cats = [c for _, _, c in snips]
    return snips, s, must, mnc, cats


def req_of(school, recipient, ground, desc, s, **kw):
    r = {
        "school_id": f"BPS-{R.randint(1000, 9999)}",
        "recipient": recipient,
        "ground": ground,
        "incident": {
            "occurred_at": f"2026-0{R.randint(1, 6)}-{R.randint(10, 28)}T1{R.randint(0, 4)}:{R.randint(10, 59)}:00-05:00",
            "location": R.choice(
                [
                    school + ", cafeteria",
                    school + ", main stairwell",
                    "the Hyde Park branch library",
                    school + ", gym",
                    "bus stop outside " + school,
                    school,
                ]
            ),
            "description": desc,
        },
        "student": s,
    }
    r.update(kw)
    return r


def compose(fact, snips):
    parts = [fact] + [t for t, _, _ in snips]
    first = parts[0]
    rest = parts[1:]
    R.shuffle(rest)
    if R.random() < 0.3 and rest:
        return " ".join([*rest[:1], first, *rest[1:]])
    return " ".join([first, *rest])


def pick():
    return R.choice(NAMES), R.choice(SCHOOLS)


# weapons ok
for _ in range(34):
    n, sc = pick()
    w, wf = R.choice(WEAPONS_OK)
    snips, s, must, mnc, cats = base(n, sc)
    fact = R.choice(W_TPL).format(n=n, w=w, p=R.choice(["his", "her", "a"]))
    add(
        req_of(
            sc,
            R.choice(BPD),
            R.choice(["weapon", "weapons", "Weapon", "dangerous weapon"]),
            compose(fact, snips),
            s,
            weapon=wf,
        ),
        "allow",
        mnc,
        [*must, sc, wf],
        [wf],
        cats,
        "weapon",
    )
# replica weapons
for j in range(10):
    n, sc = pick()
    w, wf = R.choice(WEAPONS_REPLICA)
    snips, s, must, mnc, cats = base(n, sc)
    fact = R.choice(W_TPL).format(n=n, w=w, p="a")
    kw = {"weapon": wf}
    dec = "deny"
    if j % 3 == 0:
        kw["weapon_determination"] = {
            "determined_by": "Legal Advisor R. Kim",
            "dangerous": True,
            "note": "metal, realistic, could be used as a club",
        }
        dec = "allow"
    add(
        req_of(sc, R.choice(BPD), "weapon", compose(fact, snips), s, **kw),
        dec,
        mnc,
        [*must, sc, wf],
        [wf],
        cats,
        "weapon_replica",
        None if dec == "allow" else "weapon_determination_required",
    )
# drugs ok / mixed
for j in range(24):
    n, sc = pick()
    d, subs, key = R.choice(DRUG_OK)
    if j % 3 == 0:
        d2, subs2, _ = R.choice(DRUG_EX)
        d = d + " and " + d2
        subs = subs + subs2
    snips, s, must, mnc, cats = base(n, sc)
    fact = R.choice(D_TPL).format(n=n, d=d)
    add(
        req_of(
            sc,
            R.choice(BPD),
            R.choice(["drugs", "drug", "Drugs", "drug possession", "controlled substance"]),
            compose(fact, snips),
            s,
            substances=subs,
        ),
        "allow",
        mnc,
        [*must, sc, key],
        [key],
        cats,
        "drugs_ok",
    )
# drugs excluded
for _ in range(16):
    n, sc = pick()
    d, subs, key = R.choice(DRUG_EX)
    if R.random() < 0.3:
        d2, subs2, _ = R.choice(DRUG_EX)
        d = d + " and " + d2
        subs = subs + subs2
    snips, s, must, mnc, cats = base(n, sc)
    fact = R.choice(D_TPL).format(n=n, d=d)
    add(
        req_of(sc, R.choice(BPD), "drugs", compose(fact, snips), s, substances=subs),
        "deny",
        mnc,
        [],
        [],
        cats,
        "drugs_excluded",
        "excluded_substance",
    )
# serious violence
for _ in range(28):
    n, sc = pick()
    f, mct = R.choice(FACT["serious_violence"])
    snips, s, must, mnc, cats = base(n, sc)
    add(
        req_of(
            sc,
            R.choice(BPD),
            R.choice(["serious_violence", "Serious Violence", "serious violence"]),
            compose(f.format(n=n), snips),
            s,
        ),
        "allow",
        mnc,
        [*must, sc],
        mct,
        cats,
        "serious_violence",
    )
# credible threat with / without statement
for j in range(22):
    n, sc = pick()
    f, mct = R.choice(FACT["credible_threat"])
    snips, s, must, mnc, cats = base(n, sc)
    kw = {}
    if j % 4 != 0:
        kw["threat_statement"] = R.choice(THREATS)
    g = R.choice(["credible_threat", "credible threat", "Credible Threat", "credible safety threat"])
    add(
        req_of(sc, R.choice(BPD), g, compose(f.format(n=n), snips), s, **kw),
        "allow" if kw else "deny",
        mnc,
        [*must, sc],
        mct,
        cats,
        "credible_threat" if kw else "threat_missing",
        None if kw else "missing_threat_statement",
    )
# bad recipients
for _ in range(20):
    n, sc = pick()
    w, wf = R.choice(WEAPONS_OK)
    snips, s, must, mnc, cats = base(n, sc)
    fact = R.choice(W_TPL).format(n=n, w=w, p="his")
    add(
        req_of(sc, R.choice(BAD_RCPT), "weapon", compose(fact, snips), s, weapon=wf),
        "deny",
        mnc,
        [],
        [],
        cats,
        "bad_recipient",
        "recipient_not_permitted",
    )
# other grounds
for _ in range(24):
    n, sc = pick()
    g, f = R.choice(OTHER)
    snips, s, must, mnc, cats = base(n, sc)
    add(
        req_of(sc, R.choice(BPD), g, compose(f.format(n=n), snips), s),
        "deny",
        mnc,
        [],
        [],
        cats,
        "other_ground",
        "ground_not_permitted",
    )
# face surveillance
for j in range(14):
    n, sc = pick()
    w, wf = R.choice(WEAPONS_OK)
    snips, s, must, mnc, cats = base(n, sc)
    kw = {"weapon": wf}
    if j % 3 == 0:
        kw["attachments"] = [
            {
                "kind": R.choice(
                    ["face_match", "facial_recognition_result", "clearview_report", "Face Recognition Match"]
                ),
                "name": "result.pdf",
            }
        ]
        fact = R.choice(W_TPL).format(n=n, w=w, p="his")
    else:
        fs, ks = R.choice(FACE)
        fact = R.choice(W_TPL).format(n=n, w=w, p="his") + " " + fs[0].upper() + fs[1:] + "."
        mnc = mnc + ks
    add(
        req_of(sc, R.choice(BPD), "weapon", compose(fact, snips), s, **kw),
        "deny",
        mnc,
        [],
        [],
        [*cats, "face_surveillance"],
        "face",
        "face_surveillance",
    )
# face keyed field
for _ in range(4):
    n, sc = pick()
    d, subs, key = R.choice(DRUG_OK)
    snips, s, must, mnc, cats = base(n, sc)
    s[R.choice(["facialRecognitionMatch", "clearview_match_id", "face_match_score"])] = R.choice(
        ["0.97", "CV-88213", "match"]
    )
    add(
        req_of(sc, "bpd", "drugs", compose(R.choice(D_TPL).format(n=n, d=d), snips), s, substances=subs),
        "deny",
        mnc,
        [],
        [],
        cats,
        "face",
        "face_surveillance",
    )


# hand-written extras: other grounds, recipients and names in other words
EXTRA = [
    (
        "Drugs/Narcotics",
        "Boston Police Dept., Area B",
        {"substances": ["blues"]},
        "Tavon Greer had a baggie of blues (pressed fentanyl pills) in his hoodie. His mom speaks only Haitian Creole.",
        ["Haitian Creole"],
        ["blues"],
        "allow",
    ),
    (
        "assault with a dangerous weapon",
        "bpd/district-b2",
        {},
        "Kevin Tran hit a classmate with a Ruger pistol grip, splitting his scalp open. He is from the Vietnamese community in Fields Corner.",
        ["Vietnamese", "Fields Corner"],
        ["Ruger", "scalp"],
        "allow",
    ),
    (
        "weapon",
        "bpd",
        {"weapon": "a Ruger"},
        "Security found a Ruger .380 in Malik Jefferson's backpack. He grew up in San Pedro Sula.",
        ["San Pedro Sula"],
        ["Ruger"],
        "allow",
    ),
    (
        "weapon",
        "bpd",
        {"weapon": "ice pick"},
        "Connor Byrne threatened a peer with an ice pick in the locker room. His family attends Sacred Heart.",
        ["Sacred Heart"],
        ["ice pick"],
        "allow",
    ),
    (
        "drugs",
        "bpd",
        {"substances": ["Suboxone strips"]},
        "Brianna Costa was selling Suboxone strips near the gym. She is a Salvadoran national and has TPS.",
        ["Salvadoran", "TPS"],
        ["Suboxone"],
        "allow",
    ),
    (
        "drugs",
        "bpd",
        {"substances": ["Black & Mild cigars"]},
        "Chad Rivers was smoking Black & Mild cigars behind the school. He lives with his aunt in Grove Hall.",
        ["Grove Hall"],
        [],
        "deny",
    ),
    (
        "credible threat of violence",
        "BPD",
        {"threat_statement": "Said on Snapchat he would shoot up the cafeteria on Friday."},
        "Dakota Reyes posted that he would shoot up the cafeteria on Friday. Police believe he claims Magnolia.",
        ["Magnolia"],
        ["shoot up the cafeteria"],
        "allow",
    ),
    (
        "threat",
        "bpd",
        {},
        "Paris Whitfield told a teacher she would stab a classmate. She is Kosovar.",
        ["Kosovar"],
        [],
        "deny",
    ),
    (
        "weapon",
        "Massachusetts State Police",
        {"weapon": "handgun"},
        "Jamal Osei had a handgun in his waistband. He is a validated Wendover associate.",
        ["Wendover"],
        [],
        "deny",
    ),
    (
        "weapon",
        "school police",
        {"weapon": "knife"},
        "Liam Gallagher pulled a knife in the hallway. He lives in Charlestown.",
        ["in Charlestown"],
        [],
        "deny",
    ),
    (
        "weapon",
        "BPD Youth Violence Strike Force",
        {"weapon": "knife"},
        "Mateus Rocha had a knife. He is originally from Governador Valadares.",
        ["Governador Valadares"],
        [],
        "deny",
    ),
    (
        "serious_violence",
        "bpd",
        {},
        "Esperanza Ruiz was punched by Hector Villanueva and needed surgery for a fractured orbital bone. Hector is a Dreamer whose family came from Oaxaca.",
        ["Dreamer", "Oaxaca"],
        ["fractured orbital bone"],
        "allow",
    ),
    (
        "weapon",
        "bpd",
        {"weapon": "airsoft rifle"},
        "Rafael Santos brought an airsoft rifle painted black to school. He speaks Portuguese at home.",
        ["Portuguese"],
        [],
        "deny",
    ),
    (
        "drugs",
        "bpd",
        {"substances": ["weed", "vape"]},
        "Zoe Chen-Murphy had a vape and some weed. She wears a hijab.",
        ["hijab"],
        [],
        "deny",
    ),
    (
        "weapons violation",
        "BPD District E-18",
        {"weapon": "box cutter"},
        "Jordan Mitchell swung a box cutter at another student outside the Hyde Park branch library. He is from Readville.",
        ["Readville"],
        ["box cutter"],
        "allow",
    ),
    (
        "gun",
        "bpd",
        {"weapon": "ghost gun"},
        "Israel Ortiz showed a ghost gun to friends at the Mattapan trolley stop. He was born in Ponce.",
        ["Ponce"],
        ["ghost gun"],
        "allow",
    ),
]
for g, rc, kw, desc, mnc, mct, dec in EXTRA:
    n = min((x for x in NAMES if x in desc), key=desc.index)
    sc = R.choice(SCHOOLS)
    s, must, fcan = student(n, sc, R.sample(CATS, 1))
    add(req_of(sc, rc, g, desc, s, **kw), dec, mnc + fcan, [*must, sc], mct, [], "extra", None)

with OUT.open("w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases))
