#!/usr/bin/env python3
"""Corpus D for the gatekeeper: incident logs, family-contact notes, identity markers, mixed languages.

Standard library only. Deterministic: random.Random(SEED). Writes corpus_d.jsonl next to this file.
Every case is built from segments: clean segments (incident facts that must survive) and forbidden
segments (each carrying the canary substrings that reveal it and their RULES.md section-4 categories).
Self-checks refuse a case whose canaries collide with anything police may legitimately receive.
"""
import datetime as dt
import json
import os
import random

SEED = 20260317
HERE = os.path.dirname(os.path.abspath(__file__))
# Kept apart from tests/data/corpus: held out from the fixes, scored by hand (see README).
OUT = os.path.join(HERE, "..", "data", "corpus", "outsider_d.jsonl")
N_PER_FAMILY = 35

# --------------------------------------------------------------------------- people and places
FIRST_M = ["Andre", "Darnell", "Kelvin", "Mateo", "Yusuf", "Bryan", "Tyrese", "Luis", "Dimitri", "Khalil",
           "Evens", "Nelson", "Duc", "Wei", "Omar", "Isaiah", "Jayden", "Rafael", "Kenny", "Malik", "Samuel",
           "Dylan", "Anthony", "Josue", "Abdirahman", "Minh", "Stanley", "Elijah", "Xavier", "Cristian",
           "Jamal", "Wilson", "Nathaniel", "Edwin", "Fabio", "Ivan"]
FIRST_F = ["Aaliyah", "Brianna", "Yasmin", "Fatima", "Keisha", "Daniela", "Mei", "Linh", "Rosa", "Nadia",
           "Stephanie", "Imani", "Kiara", "Sofia", "Mariana", "Hodan", "Esther", "Wideline", "Jasmine", "Amina",
           "Tatiana", "Ashley", "Naomi", "Gabriela", "Thuy", "Leilani", "Destiny", "Carla"]
LAST = ["Alves", "Barros", "Pierre", "Joseph", "Nguyen", "Tran", "Chen", "Lin", "Hassan", "Farah", "Warsame",
        "Ortiz", "Reyes", "Pena", "Castillo", "Morales", "Williams", "Johnson", "Brooks", "Fontaine", "Delgado",
        "Monteiro", "Gomes", "Lopes", "Volkov", "Haddad", "Mansour", "O'Neil", "Sullivan", "Murphy", "Celestin",
        "Louis", "Henry", "Diaz", "Rivera", "Soto", "Abdi", "Mohamed", "Duarte", "Pham", "Vo", "Huang", "Wong",
        "Green", "Fernandes", "Tavares", "Desir", "Kowalski", "Mendes", "Batista", "Okoye", "Richardson"]
SCHOOLS = [
    ("Boston Latin Academy", "BPS-4113"), ("Madison Park Technical Vocational High School", "BPS-4321"),
    ("East Boston High School", "BPS-4240"), ("Jeremiah E. Burke High School", "BPS-4285"),
    ("English High School", "BPS-4220"), ("Excel High School", "BPS-4402"), ("Brighton High School", "BPS-4160"),
    ("TechBoston Academy", "BPS-4530"), ("Mission Hill K-8", "BPS-4612"),
    ("John D. O'Bryant School of Mathematics and Science", "BPS-4360"), ("Charlestown High School", "BPS-4180"),
    ("Snowden International School", "BPS-4470"), ("Dearborn STEM Academy", "BPS-4522"),
    ("New Mission High School", "BPS-4591"), ("Boston Arts Academy", "BPS-4126"),
    ("Community Academy of Science and Health", "BPS-4199"), ("Boston International Newcomers Academy", "BPS-4417"),
    ("Henderson K-12 Inclusion School", "BPS-4077"), ("Margarita Muniz Academy", "BPS-4631"),
    ("Edward M. Kennedy Academy for Health Careers", "BPS-4345"), ("Urban Science Academy", "BPS-4575"),
    ("Boston Green Academy", "BPS-4142"), ("Another Course to College", "BPS-4104"),
    ("Rafael Hernandez K-8", "BPS-4292"), ("Washington Irving Middle School", "BPS-4301"),
    ("Mario Umana Academy", "BPS-4555"), ("McKinley Schools", "BPS-4380"), ("Fenway High School", "BPS-4255"),
]
K8 = {"Mission Hill K-8", "Rafael Hernandez K-8", "Mario Umana Academy", "Washington Irving Middle School",
      "Henderson K-12 Inclusion School", "Dearborn STEM Academy", "McKinley Schools"}
SSS = ["SSS Whitfield", "SSS Donnelly", "SSS Carrasco", "SSS Adebayo", "SSS Kearney", "SSS Lemieux", "SSS Pratt",
       "SSS Oduya", "SSS Flaherty", "SSS Benoit", "SSO Marsh", "SSO Quintal"]
APS = ["AP Lindgren", "AP Obi", "AP Costa", "Dean Marchetti", "Dean Howard", "AP Thibodeau", "Dean Salas",
       "AP Greenberg", "AP Kamara", "Dean Rourke"]
NURSES = ["Nurse Whalen", "Nurse Adeyemi", "Nurse Fitzgerald", "Nurse Park", "Nurse Coelho"]
PRINCIPALS = ["Principal Ashworth", "Headmaster Kline", "Principal Dube", "Principal Ferreira", "Headmaster Stone"]
TEACHERS = ["Ms. Galvin", "Mr. Ortega", "Ms. Brandt", "Mr. Yeboah", "Ms. Kessler", "Mr. Lam", "Ms. Ruggiero",
            "Mr. Petit", "Ms. Abernathy", "Mr. Soriano"]
DISTRICTS = ["a1", "a7", "b2", "b3", "c6", "c11", "d4", "d14", "e5", "e13", "e18"]

STREETS = ["Norfolk St", "Geneva Ave", "Bowdoin St", "Columbia Rd", "Blue Hill Ave", "Morton St", "Dudley St",
           "Meridian St", "Bennington St", "Centre St", "Talbot Ave", "Walk Hill St", "River St", "Cummins Hwy",
           "Brunswick St", "Intervale St", "Seaver St", "Wildwood St", "Lyndhurst St", "Fuller St", "Erie St",
           "Harvard St", "Michigan Ave", "Wenham St", "Saratoga St", "Gallivan Blvd"]
NEIGH = ["Mattapan", "Roxbury", "Dorchester", "Hyde Park", "Roslindale", "Jamaica Plain", "Allston",
         "Fields Corner", "Codman Square", "Grove Hall", "Egleston Square", "Uphams Corner", "Four Corners",
         "Orient Heights", "Maverick Square", "Chinatown", "Franklin Field", "Bowdoin-Geneva", "Savin Hill"]
DEVS = ["Orchard Gardens", "Franklin Hill", "Mildred Hailey", "Old Colony", "Mary Ellen McCormack",
        "Lenox-Camden", "Whittier Street", "Alice Taylor", "Mission Main", "Villa Victoria", "Washington Beech",
        "Ruth Barkley", "Cathedral"]
TOWNS = ["Revere", "Chelsea", "Malden", "Woburn", "Danvers", "Marlborough", "Peabody", "Framingham"]
SLANG = [("says he is from the Bury", "from the Bury"), ("reps Mattahood", "Mattahood"), ("calls himself Eastie", "Eastie"),
         ("says he is from Southie", "Southie"), ("writes Rozzie on everything", "Rozzie"),
         ("says he is from Chucktown", "Chucktown"), ("says he reps the Point", "reps the Point"),
         ("writes 'H-Park' on his notebook", "H-Park"), ("says he is from Dot Ave", "Dot Ave")]
CREWS = [("Kestrel Street Boys", "KSB"), ("Thornton Block", "TBK"), ("Ridgeview Crew", "RVC"),
         ("Tenth Ave Goons", "TAG"), ("Sycamore Boys", "SYB"), ("Pelham Block", "PBK"),
         ("Norcross Mob", "NXM"), ("Brightwood Stars", "BWS"), ("Larkin Road crew", "LRC"),
         ("Greystone Set", "GSS")]
# (country, adjective, city, language)
ORIGINS = [("Haiti", "Haitian", "Port-au-Prince", "Haitian Creole"), ("Dominican Republic", "Dominican", "Santo Domingo", "Spanish"),
           ("Cabo Verde", "Cape Verdean", "Praia", "Cape Verdean Creole"), ("Honduras", "Honduran", "San Pedro Sula", "Spanish"),
           ("Guatemala", "Guatemalan", "Quetzaltenango", "Spanish"), ("El Salvador", "Salvadoran", "San Miguel", "Spanish"),
           ("Brazil", "Brazilian", "Governador Valadares", "Portuguese"), ("Somalia", "Somali", "Mogadishu", "Somali"),
           ("Vietnam", "Vietnamese", "Da Nang", "Vietnamese"), ("China", "Chinese", "Fuzhou", "Mandarin"),
           ("Colombia", "Colombian", "Medellin", "Spanish"), ("Venezuela", "Venezuelan", "Maracaibo", "Spanish"),
           ("Ukraine", "Ukrainian", "Kharkiv", "Russian"), ("Morocco", "Moroccan", "Casablanca", "Arabic"),
           ("Guinea", "Guinean", "Conakry", "French"), ("Jamaica", "Jamaican", "Kingston", None),
           ("Puerto Rico", "Puerto Rican", "Bayamon", "Spanish"), ("Afghanistan", "Afghan", "Herat", "Dari")]
LANGS = ["Haitian Creole", "Cape Verdean Creole", "Vietnamese", "Somali", "Portuguese", "Spanish", "Arabic",
         "Cantonese", "Mandarin", "Russian", "French", "Dari"]

CATEGORY_CODES = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
                  "gang_affiliation", "face_surveillance", "not_allowlisted", "withheld"]
try:
    with open("/work/shared/tools/NOTICE.txt", encoding="utf-8") as fh:
        NOTICE = fh.read().lower()
except OSError:
    NOTICE = ("notice of restriction on redisclosure gang database federal agency "
              "boston regional intelligence center")


class Ctx:
    pass


def make_ctx(r):
    c = Ctx()
    c.male = r.random() < 0.6
    c.F = r.choice(FIRST_M if c.male else FIRST_F)
    c.L = r.choice(LAST)
    c.name = f"{c.F} {c.L}"
    c.he, c.his, c.him, c.He, c.His = (("he", "his", "him", "He", "His") if c.male
                                       else ("she", "her", "her", "She", "Her"))
    c.S, c.school_id = r.choice(SCHOOLS)
    c.grade = r.randint(6, 8) if c.S in K8 and r.random() < 0.7 else r.randint(9, 12)
    c.sss, c.sss2 = r.sample(SSS, 2)
    c.ap = r.choice(APS)
    c.nurse = r.choice(NURSES)
    c.principal = r.choice(PRINCIPALS)
    c.teacher = r.choice(TEACHERS)
    ini = lambda: r.choice("ABCDEGHJKLMNPRSTVWY") + "." + r.choice("ABCDEFGHJKLMNOPRSTW") + "."
    c.w, c.w2 = ini(), ini()
    while c.w2 == c.w:
        c.w2 = ini()
    c.room = str(r.choice([1, 2, 3])) + str(r.randint(0, 3)) + str(r.randint(1, 9))
    c.sid = str(r.randint(100000, 999999))
    return c


# --------------------------------------------------------------------------- incident scenarios
# Each returns dict(ground, weapon?, substances?, threat?, loc, events=[(minutes, text)], facts=[...], key)

def w_boxcutter(r, c):
    spot = r.choice(["third-floor bathroom", "second-floor bathroom", "B-wing stairwell", "gym locker room"])
    pocket = r.choice(["front hoodie pocket", "left jacket pocket", "pencil case", "sock"])
    color = r.choice(["yellow-handled", "orange", "black metal", "blue plastic"])
    ev = [(0, f"{c.w} told {c.sss} that {c.F} was showing a box cutter in the {spot}"),
          (r.randint(3, 6), f"{c.sss} and {c.ap} found {c.F} in room {c.room}; {c.he} handed over a {color} box cutter from {c.his} {pocket}"),
          (r.randint(8, 14), f"No one injured. {c.w} said {c.F} pointed the blade toward {c.w2} but did not touch anyone"),
          (r.randint(18, 30), "Box cutter bagged and locked in the main office safe")]
    return dict(ground="weapon", weapon="box cutter", loc=f"{c.S}, {spot}", events=ev,
                facts=[spot, f"{color} box cutter", pocket, "main office safe"], key="box cutter")


def w_folding_knife(r, c):
    blade = r.choice(["3-inch", "3.5-inch", "4-inch", "2.5-inch"])
    handle = r.choice(["black", "camo", "red", "wooden", "silver"])
    where = r.choice(["front pocket of his backpack", "inside a binder", "the bottom of a lunch bag", "a zipped side pocket"])
    where = where.replace("his", c.his)
    ev = [(0, f"Anonymous tip through the counseling office that {c.F} had a knife"),
          (r.randint(5, 12), f"{c.ap} and {c.sss} searched {c.F}'s bag in the main office with {c.him} present"),
          (r.randint(13, 16), f"Found a folding knife with a {handle} handle and {blade} blade in {where}"),
          (r.randint(18, 25), f"{c.F} said {c.he} carries it for the walk to the bus and never took it out in school"),
          (r.randint(30, 40), f"Knife secured by {c.ap}; {c.principal} informed")]
    return dict(ground="weapon", weapon="knife", loc=f"{c.S}, main office", events=ev,
                facts=["folding knife", f"{blade} blade", f"{handle} handle"], key="folding knife")


def w_handgun(r, c):
    cal = r.choice([".380", "9mm", ".22", ".40"])
    where = r.choice(["waistband", "right coat pocket", "locker " + str(r.randint(100, 480)) + ", inside a sneaker box",
                      "crossbody bag"])
    mag = r.choice(["magazine loaded with six rounds", "magazine with four rounds", "one round in the chamber"])
    ev = [(0, f"{c.w2} reported to {c.teacher} that {c.F} showed a gun in the lunch line"),
          (r.randint(2, 4), f"{c.teacher} called the office; {c.sss} and {c.sss2} responded to the cafeteria"),
          (r.randint(5, 8), f"{c.sss} recovered a black {cal} handgun from {c.F}'s {where}"),
          (r.randint(9, 11), f"Handgun had a {mag}; {c.sss2} cleared the area"),
          (r.randint(12, 15), "911 called; building placed in a hold"),
          (r.randint(18, 26), "SSO arrived and took custody of the weapon")]
    return dict(ground="weapon", weapon="firearm", loc=f"{c.S}, cafeteria", events=ev,
                facts=[f"{cal} handgun", mag, "lunch line"], key="handgun")


def w_brass(r, c):
    locker = str(r.randint(100, 499))
    ev = [(0, f"Routine locker clean-out in the {r.choice(['east', 'west', 'north'])} hallway with {c.sss}"),
          (r.randint(4, 10), f"Brass knuckles found in locker {locker}, assigned to {c.F}, wrapped in a gym shirt"),
          (r.randint(15, 40), f"{c.F} admitted they were {c.his} and said {c.he} bought them online"),
          (r.randint(45, 60), f"Item photographed and held by {c.ap}")]
    return dict(ground="weapon", weapon="brass knuckles", loc=f"{c.S}, locker {locker}", events=ev,
                facts=["brass knuckles", f"locker {locker}", "wrapped in a gym shirt"], key="brass knuckles")


def w_pepper(r, c):
    n = r.randint(3, 9)
    ev = [(0, f"{c.F} sprayed pepper spray toward a group of students at the {r.choice(['back', 'middle', 'front'])} tables of the cafeteria"),
          (r.randint(1, 3), f"{n} students complained of burning eyes; {c.nurse} flushed eyes in the nurse's office"),
          (r.randint(5, 9), f"{c.sss} took a pink pepper spray canister from {c.F}"),
          (r.randint(12, 20), "Cafeteria ventilated and lunch moved to the gym")]
    return dict(ground="weapon", weapon="pepper spray", loc=f"{c.S}, cafeteria", events=ev,
                facts=["pink pepper spray canister", f"{n} students complained of burning eyes", "lunch moved to the gym"],
                key="pepper spray")


def w_stungun(r, c):
    ev = [(0, f"{c.F} was clicking a stun gun on the {r.choice(['bus line', 'front steps', 'second-floor landing'])} at dismissal"),
          (r.randint(1, 2), f"{c.w} said {c.F} touched it to {c.w2}'s arm; {c.w2} has a small red mark on the left forearm"),
          (r.randint(3, 6), f"{c.sss} confiscated the stun gun (black, flashlight-shaped)"),
          (r.randint(8, 15), f"{c.nurse} checked {c.w2}; no further treatment needed")]
    return dict(ground="weapon", weapon="stun gun", loc=f"{c.S}, front entrance", events=ev,
                facts=["flashlight-shaped", "left forearm", "stun gun"], key="stun gun")


def w_razor(r, c):
    ev = [(0, f"{c.teacher} saw {c.F} take a razor blade out of the back of {c.his} phone case during class in room {c.room}"),
          (r.randint(1, 3), f"{c.teacher} asked for the phone; {c.F} handed over the phone case with a single-edge razor blade taped inside"),
          (r.randint(6, 12), f"{c.F} told {c.ap} {c.he} keeps it \"just in case\" after a fight last month"),
          (r.randint(15, 25), "Blade sealed in an envelope in the main office")]
    return dict(ground="weapon", weapon="razor blade", loc=f"{c.S}, room {c.room}", events=ev,
                facts=["single-edge razor blade", "phone case", f"room {c.room}"], key="razor blade")


def w_kitchen(r, c):
    length = r.choice(["8-inch", "10-inch", "6-inch"])
    ev = [(0, f"Metal detector at the {r.choice(['Main St', 'side', 'gym'])} entrance alerted on {c.F}'s duffel bag"),
          (r.randint(1, 3), f"{c.sss} found a {length} kitchen knife wrapped in a towel under {c.his} basketball shorts"),
          (r.randint(4, 8), f"{c.F} said a kid from another school had been waiting for {c.him} after practice"),
          (r.randint(10, 20), f"{c.ap} called home; knife kept in the office")]
    return dict(ground="weapon", weapon="knife", loc=f"{c.S}, entrance screening", events=ev,
                facts=[f"{length} kitchen knife", "wrapped in a towel", "duffel bag"], key="kitchen knife")


def w_baton(r, c):
    ev = [(0, f"{c.F} pulled out an expandable baton during an argument in the {r.choice(['courtyard', 'gym lobby', 'library'])}"),
          (r.randint(1, 2), f"{c.F} swung it once at {c.w} and hit the wall; {c.w} was not struck"),
          (r.randint(3, 5), f"{c.sss} took the baton (black steel, about 21 inches extended)"),
          (r.randint(8, 14), f"Both students separated; statements taken by {c.ap}")]
    return dict(ground="weapon", weapon="club", loc=f"{c.S}", events=ev,
                facts=["expandable baton", "21 inches extended", "hit the wall"], key="expandable baton")


def w_revolver(r, c):
    rounds = r.randint(3, 8)
    ev = [(0, f"{c.F}'s friend {c.w} told {c.teacher} that {c.F} had a gun in {c.his} backpack"),
          (r.randint(2, 5), f"{c.sss} and {c.ap} removed {c.F} from class and searched the backpack in the office"),
          (r.randint(6, 9), f"Unloaded revolver in an inner pocket; {rounds} loose rounds in a sandwich bag in the same pocket"),
          (r.randint(10, 12), "911 called"),
          (r.randint(14, 22), "SSO arrived; revolver handed over unloaded")]
    return dict(ground="weapon", weapon="firearm", loc=f"{c.S}, main office", events=ev,
                facts=["unloaded revolver", f"{rounds} loose rounds", "sandwich bag"], key="revolver")


def d_fentanyl(r, c):
    n = r.randint(6, 40)
    ev = [(0, f"{c.sss} saw {c.F} hand a small bag to another student near the {r.choice(['vending machines', 'back stairwell', 'auditorium doors'])}"),
          (r.randint(2, 5), f"Bag held {n} blue pills stamped M30, suspected counterfeit oxycodone containing fentanyl"),
          (r.randint(6, 10), f"{c.F} said {c.he} was holding them for someone else"),
          (r.randint(15, 25), f"Pills sealed and logged by {c.ap}; Narcan kit checked out to the floor as a precaution")]
    return dict(ground="drugs", substances=["fentanyl"], loc=f"{c.S}", events=ev,
                facts=[f"{n} blue pills stamped M30", "counterfeit oxycodone", "Narcan kit"], key="fentanyl")


def d_cocaine(r, c):
    n = r.randint(4, 15)
    ev = [(0, f"{c.teacher} smelled nothing unusual but saw {c.F} counting small baggies under the desk in room {c.room}"),
          (r.randint(3, 6), f"{c.ap} collected {n} knotted baggies of white powder, suspected cocaine, and ${r.randint(80, 420)} in small bills"),
          (r.randint(8, 15), f"{c.F} refused to say where the baggies came from"),
          (r.randint(20, 30), "Baggies held in the office safe")]
    return dict(ground="drugs", substances=["cocaine"], loc=f"{c.S}, room {c.room}", events=ev,
                facts=[f"{n} knotted baggies", "suspected cocaine", "small bills"], key="cocaine")


def d_xanax(r, c):
    n = r.randint(5, 30)
    ev = [(0, f"Student reported that {c.F} was selling \"bars\" in the {r.choice(['locker room', 'second-floor bathroom', 'library'])}"),
          (r.randint(10, 30), f"{c.sss} found {n} white rectangular tablets marked as Xanax 2mg in {c.F}'s jacket"),
          (r.randint(32, 40), f"{c.w} was seen by {c.nurse} for drowsiness after taking one; parent picked {c.w} up"),
          (r.randint(45, 60), f"Tablets turned over to {c.ap}")]
    return dict(ground="drugs", substances=["alprazolam (Xanax)"], loc=f"{c.S}", events=ev,
                facts=[f"{n} white rectangular tablets", "Xanax 2mg", "drowsiness"], key="Xanax")


def d_mdma(r, c):
    n = r.randint(4, 12)
    ev = [(0, f"{c.F} was found with {n} capsules of tan powder the student called \"molly\" during a bag check before the {r.choice(['spring dance', 'field trip bus', 'pep rally'])}"),
          (r.randint(3, 8), f"{c.F} said the capsules were MDMA and that {c.he} bought them at a party"),
          (r.randint(10, 20), f"Capsules secured by {c.ap}")]
    return dict(ground="drugs", substances=["MDMA"], loc=f"{c.S}, gym lobby", events=ev,
                facts=[f"{n} capsules of tan powder", "MDMA"], key="MDMA")


def d_psilocybin(r, c):
    ev = [(0, f"{c.teacher} saw {c.F} share dried mushrooms from a plastic container in the back of the art room"),
          (r.randint(3, 6), f"{c.ap} took the container: about {r.randint(3, 9)} grams of dried mushrooms, suspected psilocybin"),
          (r.randint(8, 20), f"{c.w} who ate some was evaluated by {c.nurse} and sent home with a parent")]
    return dict(ground="drugs", substances=["psilocybin mushrooms"], loc=f"{c.S}, art room", events=ev,
                facts=["dried mushrooms", "suspected psilocybin", "plastic container"], key="psilocybin")


def d_oxy(r, c):
    n = r.randint(5, 20)
    ev = [(0, f"{c.F} was found with a prescription bottle with the label scratched off in the {r.choice(['boys locker room', 'girls locker room', 'hallway by room ' + c.room])}"),
          (r.randint(3, 6), f"Bottle contained {n} round white pills stamped 'OC 30'; {c.F} has no prescription on file with {c.nurse}"),
          (r.randint(8, 20), f"{c.F} said the pills belong to a relative; pills held by {c.ap}")]
    return dict(ground="drugs", substances=["oxycodone"], loc=f"{c.S}", events=ev,
                facts=["label scratched off", f"{n} round white pills", "no prescription on file"], key="oxycodone")


def d_mixed(r, c):
    ev = [(0, f"Search of {c.F}'s bag after a vape alarm in the bathroom"),
          (r.randint(3, 7), f"{c.sss} found a THC cartridge, a grinder and two baggies of crack cocaine in the inner pocket"),
          (r.randint(9, 15), f"{c.F} said the rocks were not {c.his}"),
          (r.randint(20, 30), f"Everything logged and held by {c.ap}")]
    return dict(ground="drugs", substances=["THC cartridge", "crack cocaine"], loc=f"{c.S}, second-floor bathroom",
                events=ev, facts=["two baggies of crack cocaine", "vape alarm", "grinder"], key="crack cocaine")


def d_heroin(r, c):
    n = r.randint(5, 20)
    ev = [(0, f"{c.sss2} found {c.F} nodding off in the {r.choice(['library', 'back of room ' + c.room, 'stairwell'])}"),
          (r.randint(1, 3), f"{c.nurse} responded and gave one dose of Narcan; {c.F} became alert"),
          (r.randint(4, 8), f"{n} small glassine bags stamped with a red star, suspected heroin, found in {c.his} coat"),
          (r.randint(10, 20), f"EMS transported {c.F} to Boston Medical Center for evaluation")]
    return dict(ground="drugs", substances=["heroin"], loc=f"{c.S}", events=ev,
                facts=["one dose of Narcan", f"{n} small glassine bags", "red star"], key="heroin")


def d_lsd(r, c):
    n = r.randint(3, 12)
    ev = [(0, f"{c.F} offered {c.w} a square of blotter paper at lunch"),
          (r.randint(5, 15), f"{c.ap} found a sheet of {n} small printed squares in {c.F}'s wallet, suspected LSD"),
          (r.randint(18, 30), f"{c.F} admitted the squares were acid")]
    return dict(ground="drugs", substances=["LSD"], loc=f"{c.S}, cafeteria", events=ev,
                facts=["blotter paper", f"{n} small printed squares", "suspected LSD"], key="LSD")


def v_lock(r, c):
    staples = r.randint(4, 9)
    ev = [(0, f"{c.F} swung a padlock inside a sock and struck {c.w} on the back of the head in the {r.choice(['B-wing hallway', 'gym lobby', 'stairwell by room ' + c.room])}"),
          (r.randint(1, 3), f"{c.w} fell and was bleeding heavily; {c.nurse} applied pressure"),
          (r.randint(4, 8), f"EMS transported {c.w} to Boston Children's; head wound closed with {staples} staples"),
          (r.randint(10, 20), f"{c.sss} recovered the padlock and sock")]
    return dict(ground="serious_violence", loc=f"{c.S}", events=ev,
                facts=["padlock inside a sock", f"{staples} staples", "back of the head"], key="padlock")


def v_jaw(r, c):
    ev = [(0, f"{c.F} punched {c.w} repeatedly after {c.w} was already on the ground outside room {c.room}"),
          (r.randint(1, 3), f"{c.sss} separated them; {c.w} had swelling and could not close {r.choice(['his', 'her'])} mouth"),
          (r.randint(5, 9), f"{c.w} taken by ambulance; hospital confirmed a fractured jaw that needs surgery"),
          (r.randint(20, 40), f"Video from the hallway camera reviewed by {c.ap}")]
    return dict(ground="serious_violence", loc=f"{c.S}, outside room {c.room}", events=ev,
                facts=["fractured jaw", "needs surgery", "already on the ground"], key="fractured jaw")


def v_stomp(r, c):
    ev = [(0, f"Fight in the {r.choice(['courtyard', 'bus loop', 'back parking lot'])} at dismissal"),
          (r.randint(1, 2), f"{c.F} kicked {c.w} in the head several times while {c.w} was unconscious"),
          (r.randint(3, 5), f"{c.nurse} started CPR checks; {c.w} was breathing but not responsive"),
          (r.randint(6, 10), f"EMS transported {c.w}; diagnosed with a concussion and a brain bleed, admitted to the ICU")]
    return dict(ground="serious_violence", loc=f"{c.S}", events=ev,
                facts=["kicked", "brain bleed", "while " + c.w + " was unconscious"], key="brain bleed")


def v_slash(r, c):
    n = r.randint(8, 22)
    ev = [(0, f"{c.F} cut {c.w} across the {r.choice(['left cheek', 'right forearm', 'neck'])} with a razor in the {r.choice(['boys bathroom', 'girls bathroom', 'stairwell'])}"),
          (r.randint(1, 3), f"{c.sss} and {c.nurse} applied gauze; wound about {r.randint(2, 5)} inches long"),
          (r.randint(5, 10), f"{c.w} needed {n} stitches at the emergency room"),
          (r.randint(12, 20), f"Razor not recovered; {c.F} held in the office")]
    return dict(ground="serious_violence", loc=f"{c.S}", events=ev,
                facts=[f"{n} stitches", "applied gauze", "Razor not recovered"], key="stitches")


def v_staff(r, c):
    ev = [(0, f"{c.F} shoved {c.teacher} down the stairs between the second and third floor"),
          (r.randint(1, 3), f"{c.teacher} could not move {'her' if c.teacher.startswith('Ms.') else 'his'} wrist; {c.nurse} splinted it"),
          (r.randint(10, 60), f"{c.teacher} was diagnosed with a broken wrist and a cracked rib")]
    return dict(ground="serious_violence", loc=f"{c.S}, central stairwell", events=ev,
                facts=["shoved", "broken wrist", "cracked rib"], key="broken wrist")


def v_chair(r, c):
    ev = [(0, f"{c.F} threw a metal chair at {c.w} in room {c.room}"),
          (r.randint(1, 2), f"The chair hit {c.w} above the right eye; {c.w} lost consciousness briefly"),
          (r.randint(4, 8), f"EMS transported {c.w}; CT showed a skull fracture"),
          (r.randint(10, 25), f"{c.teacher} and {c.w2} gave written statements")]
    return dict(ground="serious_violence", loc=f"{c.S}, room {c.room}", events=ev,
                facts=["metal chair", "skull fracture", "above the right eye"], key="skull fracture")


def t_snap(r, c):
    day = r.choice(["tomorrow", "Friday", "Monday"])
    words = f"dont come to school {day} fr. im bringing it"
    ev = [(0, f"{c.w} showed {c.ap} a screenshot of a Snapchat story from {c.F}: \"{words}\""),
          (r.randint(5, 15), f"The same story showed a photo of a handgun on a bed; {c.w} says {c.F} has shown a gun before"),
          (r.randint(20, 35), f"{c.principal} and {c.ap} met; threat assessment started; {c.F} kept out of class")]
    stmt = (f"{c.F} posted on Snapchat 'dont come to school {day} fr. im bringing it' next to a photo of a handgun; "
            f"a classmate says {c.he} has shown a gun before.")
    return dict(ground="credible_threat", threat=stmt, loc=f"{c.S}", events=ev,
                facts=["photo of a handgun", "Snapchat story", f"dont come to school {day}"], key="handgun")


def t_list(r, c):
    n = r.randint(4, 7)
    ev = [(0, f"{c.teacher} found a notebook page in room {c.room} titled \"people who get it\" with {n} student names in {c.F}'s handwriting"),
          (r.randint(10, 20), f"Two of the names are students {c.F} fought with this month; page also has a drawing of a rifle"),
          (r.randint(25, 40), f"{c.F} told {c.ap} the list was \"for the last day\"")]
    stmt = (f"{c.F} wrote a list of {n} classmates titled 'people who get it' with a drawing of a rifle and told the assistant "
            f"principal it was 'for the last day'. Two of the named students had recent conflicts with {c.him}.")
    return dict(ground="credible_threat", threat=stmt, loc=f"{c.S}, room {c.room}", events=ev,
                facts=[f"{n} student names", "drawing of a rifle", "for the last day"], key="rifle")


def t_teacher(r, c):
    ev = [(0, f"After being removed from class, {c.F} told {c.teacher} \"I know where you park. I'm going to shoot you in that lot\""),
          (r.randint(2, 5), f"{c.F} repeated it to {c.sss} and named {c.teacher}'s car"),
          (r.randint(10, 30), f"{c.w} told {c.ap} that {c.F} has talked about getting a gun from an older cousin")]
    stmt = (f"{c.F} told a teacher 'I know where you park. I'm going to shoot you in that lot', repeated it to school safety "
            f"and described the teacher's car; a classmate reports {c.he} spoke of getting a gun.")
    return dict(ground="credible_threat", threat=stmt, loc=f"{c.S}, hallway outside room {c.room}", events=ev,
                facts=["I know where you park", "named " + c.teacher + "'s car", "older cousin"], key="shoot")


def t_groupchat(r, c):
    ev = [(0, f"{c.w2}'s mother forwarded group chat messages from {c.F} to the front office"),
          (r.randint(5, 10), f"Messages say {c.F} will bring {c.his} brother's knife and stab {c.w2} at the bus stop after 7th period"),
          (r.randint(12, 20), f"{c.F} had a knife confiscated in October; {c.ap} confirmed in the discipline file"),
          (r.randint(25, 40), f"{c.w2} dismissed early with parent; {c.F} kept in the office")]
    stmt = (f"In a group chat {c.F} wrote that {c.he} would bring a knife and stab a named classmate at the bus stop after "
            f"7th period; {c.he} had a knife confiscated at school in October.")
    return dict(ground="credible_threat", threat=stmt, loc=f"{c.S}", events=ev,
                facts=["stab", "after 7th period", "confiscated in October"], key="knife")


def t_bomb(r, c):
    ev = [(0, f"Note found taped to the mirror in the {r.choice(['second-floor', 'first-floor'])} bathroom: \"bomb in the gym at 1:00\""),
          (r.randint(3, 10), f"Hallway camera shows {c.F} as the only student entering the bathroom before the note was found"),
          (r.randint(12, 20), f"Gym evacuated; {c.F} admitted writing it and said {c.he} has \"stuff at home to make one\""),
          (r.randint(25, 40), f"{c.ap} found a search for pipe bomb instructions on {c.F}'s school laptop")]
    stmt = (f"{c.F} admitted writing a note reading 'bomb in the gym at 1:00', said {c.he} has materials at home, and "
            f"searched for pipe bomb instructions on a school laptop that day.")
    return dict(ground="credible_threat", threat=stmt, loc=f"{c.S}, bathroom", events=ev,
                facts=["bomb in the gym at 1:00", "pipe bomb instructions", "Gym evacuated"], key="pipe bomb")


def t_instagram(r, c):
    ev = [(0, f"{c.F} posted an Instagram video holding what looks like a real pistol with the caption \"{c.S.split()[0]} gonna learn tomorrow\""),
          (r.randint(10, 30), f"Several students and two parents reported the post to the front office"),
          (r.randint(35, 50), f"{c.F} was absent in the morning and arrived at 11:20 with a heavy backpack; {c.sss} searched it and found nothing")]
    stmt = (f"{c.F} posted a video holding a pistol with the caption '{c.S.split()[0]} gonna learn tomorrow', naming this school "
            f"and a time. Several students and two parents reported it.")
    return dict(ground="credible_threat", threat=stmt, loc=f"{c.S}", events=ev,
                facts=["Instagram video", "gonna learn tomorrow", "heavy backpack"], key="pistol")


WEAPON = [w_boxcutter, w_folding_knife, w_handgun, w_brass, w_pepper, w_stungun, w_razor, w_kitchen, w_baton, w_revolver]
DRUGS = [d_fentanyl, d_cocaine, d_xanax, d_mdma, d_psilocybin, d_oxy, d_mixed, d_heroin, d_lsd]
VIOLENCE = [v_lock, v_jaw, v_stomp, v_slash, v_staff, v_chair]
THREAT = [t_snap, t_list, t_teacher, t_groupchat, t_bomb, t_instagram]


# deny-only scenarios ---------------------------------------------------------------------------
def x_thc(r, c):
    ev = [(0, f"Vape detector in the {r.choice(['third-floor', 'first-floor'])} bathroom alerted"),
          (r.randint(2, 5), f"{c.sss} found {c.F} with two THC cartridges and a battery pen"),
          (r.randint(10, 20), f"{c.F} said {c.he} bought them from someone outside school")]
    return dict(ground="drugs", substances=["THC cartridge"], loc=f"{c.S}", events=ev, facts=[], key="")


def x_weed(r, c):
    ev = [(0, f"{c.F} was seen selling small bags of weed in the stairwell"),
          (r.randint(5, 15), f"{c.ap} found {r.randint(4, 11)} dime bags of marijuana and a scale in {c.his} backpack")]
    return dict(ground="drugs", substances=["marijuana"], loc=f"{c.S}, stairwell", events=ev, facts=[], key="")


def x_vodka(r, c):
    ev = [(0, f"{c.F} appeared intoxicated in room {c.room}"),
          (r.randint(3, 8), f"Water bottle in {c.his} bag smelled of alcohol; {c.F} said it was vodka"),
          (r.randint(10, 20), f"{c.nurse} monitored {c.him} until a parent arrived")]
    return dict(ground="drugs", substances=["vodka"], loc=f"{c.S}, room {c.room}", events=ev, facts=[], key="")


def x_vape(r, c):
    ev = [(0, f"{c.teacher} saw {c.F} vaping in class"),
          (r.randint(2, 6), f"Disposable vape confiscated; contents unknown, no label")]
    return dict(ground="drugs", substances=["vape (unknown contents)"], loc=f"{c.S}, room {c.room}", events=ev, facts=[], key="")


def x_pouches(r, c):
    ev = [(0, f"{c.F} was handing out nicotine pouches in the locker room"),
          (r.randint(3, 9), f"{c.sss} collected three tins of nicotine pouches")]
    return dict(ground="drugs", substances=["nicotine pouches"], loc=f"{c.S}, locker room", events=ev, facts=[], key="")


def x_edibles(r, c):
    ev = [(0, f"Two students got sick after eating gummies {c.F} brought to lunch"),
          (r.randint(5, 15), f"Package labeled as THC edibles, 10mg each, found in {c.F}'s bag"),
          (r.randint(20, 30), f"Both students seen by {c.nurse}; parents picked them up")]
    return dict(ground="drugs", substances=["THC edibles", "beer"], loc=f"{c.S}, cafeteria", events=ev, facts=[], key="")


EXCLUDED = [x_thc, x_weed, x_vodka, x_vape, x_pouches, x_edibles]


def n_fight(r, c):
    ev = [(0, f"{c.F} and {c.w} fought in the hallway; pushing and a few punches"),
          (r.randint(1, 3), f"{c.sss} separated them; {c.nurse} found no injuries beyond a scratch")]
    return dict(ground="fight", loc=f"{c.S}, hallway", events=ev, facts=[], key="")


def n_theft(r, c):
    ev = [(0, f"{c.w} reported a phone and AirPods missing from the gym locker room"),
          (r.randint(30, 90), f"Camera shows {c.F} leaving the locker room with a phone that is not {c.his}")]
    return dict(ground="theft", loc=f"{c.S}, gym locker room", events=ev, facts=[], key="")


def n_graffiti(r, c):
    ev = [(0, f"Tags found spray-painted on the back wall of the building"),
          (r.randint(60, 120), f"{c.F} was seen on camera with a spray can near the wall after school")]
    return dict(ground="vandalism", loc=f"{c.S}, rear wall", events=ev, facts=[], key="")


def n_gang(r, c):
    ev = [(0, f"{c.F} and four others were standing together at the front steps at dismissal"),
          (r.randint(1, 5), f"Staff believe the group is associated with a street crew and want police aware")]
    return dict(ground="gang_activity", loc=f"{c.S}, front steps", events=ev, facts=[], key="")


def n_truancy(r, c):
    ev = [(0, f"{c.F} has missed {r.randint(12, 30)} days this term"),
          (r.randint(1, 5), f"Attendance officer visits returned no answer")]
    return dict(ground="truancy", loc=f"{c.S}", events=ev, facts=[], key="")


def n_suspicious(r, c):
    ev = [(0, f"{c.F} was seen taking photos of the side doors and the camera locations"),
          (r.randint(2, 10), f"{c.F} said it was for a photography class project; no threat made")]
    return dict(ground="suspicious_behavior", loc=f"{c.S}, side doors", events=ev, facts=[], key="")


def n_immigration(r, c):
    ev = [(0, f"Front office received questions about {c.F}'s family and their paperwork"),
          (r.randint(5, 30), f"Secretary wants to know whether police can check on the family")]
    return dict(ground="immigration_inquiry", loc=f"{c.S}, front office", events=ev, facts=[], key="")


def n_trespass(r, c):
    ev = [(0, f"{c.F}, who is suspended, came into the building through the gym doors"),
          (r.randint(2, 6), f"{c.sss} walked {c.him} out; no incident")]
    return dict(ground="trespass", loc=f"{c.S}, gym doors", events=ev, facts=[], key="")


NONGROUND = [n_fight, n_theft, n_graffiti, n_gang, n_truancy, n_suspicious, n_immigration, n_trespass]


# --------------------------------------------------------------------------- forbidden pieces
# Each returns (text, [canary substrings], [categories]).
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CRUMBS = lambda r: r.choice(CREWS)


def rel_of(r):
    return r.choice([("mother", "Mother", "she", "her"), ("father", "Father", "he", "his"),
                     ("grandmother", "Grandmother", "she", "her"), ("aunt", "Aunt", "she", "her"),
                     ("stepfather", "Stepfather", "he", "his"), ("uncle", "Uncle", "he", "his")])


def pick_lang(r):
    return r.choice(LANGS)


def pick_origin(r, need_lang=False):
    o = r.choice(ORIGINS)
    while need_lang and not o[3]:
        o = r.choice(ORIGINS)
    return o


def lp_asylum(r, c):
    return (f"Mother called back and asked whether this would hurt the family's asylum case", ["asylum case"], ["immigration_status"])


def lp_address(r, c):
    st, ne = r.choice(STREETS), r.choice(NEIGH)
    return (f"Per SIS the home address is {r.randint(3, 240)} {st}, {ne}", [st, ne], ["neighborhood"])


def lp_crew_video(r, c):
    crew, ab = r.choice(CREWS)
    return (f"{c.ap} noted {c.F} is a known associate of the {crew} (hand signs on hallway video)", [crew], ["gang_affiliation"])


def lp_nopapers(r, c):
    return (f"{c.F} asked us to call an uncle instead of the parents because the parents have no papers", ["no papers"], ["immigration_status"])


def lp_interp(r, c):
    lang = pick_lang(r)
    return (f"Interpreter requested for the parent call ({lang})", ["Interpreter", lang], ["language"])


def lp_ramadan(r, c):
    return (f"{c.F} was fasting for Ramadan and had not eaten since before sunrise", ["Ramadan"], ["religion"])


def lp_arrived(r, c):
    o = pick_origin(r)
    return (f"{c.F} arrived from {o[0]} in {r.choice(MONTHS)} 2025 and is in the newcomer program", [o[0], "newcomer program"], ["national_origin"])


def lp_el(r, c):
    lang = pick_lang(r)
    return (f"Family needs all calls in {lang}; {c.F} is an English learner", [lang, "English learner"], ["language"])


def lp_ice(r, c):
    return (f"Mother said {c.F}'s father has been in ICE detention since {r.choice(MONTHS[:6])}", ["ICE detention"], ["immigration_status"])


def lp_ethn_staying(r, c):
    o, st = pick_origin(r), r.choice(STREETS)
    return (f"Family is {o[1]}, staying with relatives on {st}", [o[1], st], ["ethnicity", "neighborhood"])


def lp_dev(r, c):
    dev = r.choice(DEVS)
    return (f"{c.F} lives in the {dev} development with {c.his} grandmother", [dev], ["neighborhood"])


def lp_bric(r, c):
    crew, ab = r.choice(CREWS)
    return (f"Intel bulletin lists {c.F} as an associate of {crew}", [crew], ["gang_affiliation"])


def lp_undoc(r, c):
    return (f"Dad stated {c.F} is undocumented and asked that police not come to the apartment", ["undocumented"], ["immigration_status"])


def lp_mosque(r, c):
    return (f"{c.F} said {c.he} was late coming back because of Friday prayers at the mosque", ["Friday prayers", "mosque"], ["religion"])


def lp_chain(r, c):
    crew, ab = r.choice(CREWS)
    return (f"{c.F} wears a {ab} chain; staff believe it stands for {crew}", [crew, f"{ab} chain"], ["gang_affiliation"])


def lp_grandma_lang(r, c):
    lang = pick_lang(r)
    return (f"Grandmother, who speaks only {lang}, came to the office", [lang], ["language"])


def lp_church(r, c):
    return (f"Youth pastor from the family's Pentecostal church called the office asking about {c.F}", ["Pentecostal church", "Youth pastor"], ["religion"])


def lp_refugee(r, c):
    o = pick_origin(r)
    return (f"Counselor note: family resettled as refugees from {o[0]} in 2023", ["refugees", o[0]], ["immigration_status", "national_origin"])


LOG_PIECES = [lp_asylum, lp_address, lp_crew_video, lp_nopapers, lp_interp, lp_ramadan, lp_arrived, lp_el, lp_ice,
              lp_ethn_staying, lp_dev, lp_bric, lp_undoc, lp_mosque, lp_chain, lp_grandma_lang, lp_church, lp_refugee]

CHURCHES = ["Eglise Baptiste Nouvelle Jerusalem", "Igreja Assembleia de Deus", "Iglesia Pentecostal El Buen Pastor",
            "St. Mark's parish", "Greater Love Tabernacle", "Kingdom Hall on the avenue"]


def fp_langline(r, c):
    rel = rel_of(r); lang = pick_lang(r)
    return (f"Reached {rel[0]} through a Language Line {lang} interpreter", ["Language Line", lang], ["language"])


def fp_limited(r, c):
    rel = rel_of(r); lang = pick_lang(r)
    para = r.choice(["Ms. Dorval", "Mr. Teixeira", "Ms. Huynh", "Mr. Aden", "Ms. Lozano"])
    return (f"{rel[1]}'s English is limited, so {para} from the front office did the call in {lang}", [lang, "English is limited"], ["language"])


def fp_sister(r, c):
    rel = rel_of(r)
    return (f"{c.F}'s older sister translated for {rel[0]} because {rel[2]} does not speak English", ["does not speak English", "translated for"], ["language"])


def fp_pastor(r, c):
    rel = rel_of(r); ch = r.choice(CHURCHES)
    name = r.choice(["Desrosiers", "Santos", "Almeida", "Greene", "Moise"])
    return (f"{rel[1]} was finally reached through Pastor {name} of {ch}", [ch, f"Pastor {name}"], ["religion"])


def fp_imam(r, c):
    rel = rel_of(r)
    return (f"{rel[1]} asked that the imam from their mosque be at the re-entry meeting", ["imam", "mosque"], ["religion"])


def fp_shelter(r, c):
    st, ne = r.choice(STREETS), r.choice(NEIGH)
    return (f"The family is staying at a shelter on {st} in {ne}", [st, ne], ["neighborhood"])


def fp_cousin(r, c):
    rel = rel_of(r); st = r.choice(STREETS)
    return (f"{rel[1]} said they moved in with a cousin at {r.randint(5, 190)} {st}, second floor", [st], ["neighborhood"])


def fp_addr(r, c):
    rel = rel_of(r); st = r.choice(STREETS)
    return (f"{rel[1]} confirmed the home address on file, {r.randint(5, 300)} {st} Apt {r.randint(1, 6)}", [st], ["neighborhood"])


def fp_dev(r, c):
    dev = r.choice(DEVS)
    return (f"Family lives in the {dev} development, building {r.randint(1, 12)}", [dev], ["neighborhood"])


def fp_hotel(r, c):
    town = r.choice(TOWNS)
    return (f"They are in a hotel in {town} through the state emergency shelter program", [town], ["neighborhood"])


def fp_undoc(r, c):
    rel = rel_of(r)
    return (f"{rel[1]} said the family is undocumented and asked that no one come to the home", ["undocumented"], ["immigration_status"])


def fp_visa(r, c):
    rel = rel_of(r)
    return (f"{rel[1]} is on a work visa that expires in {r.choice(MONTHS)}", ["work visa"], ["immigration_status"])


def fp_asylum(r, c):
    rel = rel_of(r)
    return (f"{rel[1]} said {rel[3]} asylum hearing is next month and {rel[2]} is scared this will affect it", ["asylum hearing"], ["immigration_status"])


def fp_sijs(r, c):
    return (f"Uncle said {c.F} has a pending SIJS petition and asked whether this would be reported", ["SIJS petition"], ["immigration_status"])


def fp_greencard(r, c):
    rel = rel_of(r)
    return (f"{rel[1]} mentioned a green card interview in {r.choice(MONTHS)}", ["green card"], ["immigration_status"])


def fp_icecustody(r, c):
    rel = rel_of(r)
    return (f"{rel[1]} said the father was released from ICE custody last year and checks in every month", ["ICE custody"], ["immigration_status"])


def fp_parole(r, c):
    return ("Grandmother said they came on humanitarian parole in 2024", ["humanitarian parole"], ["immigration_status"])


def fp_tps(r, c):
    rel = rel_of(r)
    return (f"{rel[1]} said the family has Temporary Protected Status and is worried about renewing it", ["Temporary Protected Status"], ["immigration_status"])


def fp_jw(r, c):
    rel = rel_of(r)
    return (f"{rel[1]} said they are Jehovah's Witnesses and the elders will speak with {c.F}", ["Jehovah"], ["religion"])


def fp_altar(r, c):
    rel = rel_of(r)
    return (f"{rel[1]} said {c.F} is an altar server at the parish and this is out of character", ["altar server", "parish"], ["religion"])


def fp_ramadan(r, c):
    rel = rel_of(r)
    return (f"{rel[1]} asked to be called after sunset because the family is fasting for Ramadan", ["Ramadan"], ["religion"])


def fp_arrived(r, c):
    rel = rel_of(r); o = pick_origin(r)
    return (f"{rel[1]} said they arrived from {o[0]} in {r.choice(MONTHS)} {r.choice([2023, 2024, 2025])}", [o[0]], ["national_origin"])


def fp_city(r, c):
    rel = rel_of(r); o = pick_origin(r)
    return (f"{rel[1]} said {c.F} lived with {c.his} grandmother in {o[2]} until last year", [o[2]], ["national_origin"])


def fp_ethn(r, c):
    rel = rel_of(r); a, b = r.sample(ORIGINS, 2)
    return (f"{rel[1]} is {a[1]} and the father is {b[1]}", [a[1], b[1]], ["ethnicity"])


def fp_backhome(r, c):
    o = pick_origin(r)
    return (f"Back in {o[0]}, the family said, {c.F} never had problems like this", [o[0]], ["national_origin"])


FAMILY_PIECES = {
    "language": [fp_langline, fp_limited, fp_sister],
    "faith": [fp_pastor, fp_imam, fp_jw, fp_altar, fp_ramadan],
    "residence": [fp_shelter, fp_cousin, fp_addr, fp_dev, fp_hotel],
    "status": [fp_undoc, fp_visa, fp_asylum, fp_sijs, fp_greencard, fp_icecustody, fp_parole, fp_tps],
    "origin": [fp_arrived, fp_city, fp_ethn, fp_backhome],
}


def ip_race(r, c):
    g = "male" if c.male else "female"
    opt = r.choice([("light-skinned Hispanic " + g, ["Hispanic"]), ("Black " + g, ["Black " + g]),
                    ("Asian " + g, ["Asian " + g]), ("white " + g, ["white " + g]),
                    (("Latino" if c.male else "Latina") + " " + g, ["Latino" if c.male else "Latina"])])
    return (f"Staff described {c.F} as a {opt[0]}", opt[1], ["ethnicity"])


def ip_ethn(r, c):
    o = pick_origin(r)
    return (f"{c.teacher} says {c.F} is {o[1]} and is friends with the other {o[1]} kids", [o[1]], ["ethnicity"])


def ip_flag(r, c):
    o = pick_origin(r)
    item = r.choice([f"{c.His} keychain", f"{c.His} wristband", f"{c.His} phone case", f"The patch on {c.his} backpack strap"])
    return (f"{item} has the {o[0]} flag on it", [f"{o[0]} flag"], ["national_origin"])


def ip_jersey(r, c):
    o = pick_origin(r)
    return (f"{c.He} had a {o[0]} national team jersey on under the jacket", [f"{o[0]} national team"], ["national_origin"])


def ip_religion(r, c):
    if c.male:
        opt = r.choice([(f"{c.F} wore a kufi because {c.he} had come from Jumu'ah prayer", ["kufi", "Jumu'ah"]),
                        (f"{c.F} wears a kippah", ["kippah"]),
                        (f"{c.F} wears a turban; {c.he} is Sikh", ["turban", "Sikh"]),
                        (f"{c.F} wears a rosary from {c.his} First Communion", ["rosary", "First Communion"])])
    else:
        opt = r.choice([(f"{c.F} wears a hijab and told staff {c.he} is Muslim", ["hijab", "Muslim"]),
                        (f"{c.F} wears a small cross from {c.his} Pentecostal church", ["Pentecostal"]),
                        (f"{c.F} wore a bindi because the family had celebrated Diwali the night before", ["Diwali", "bindi"])])
    return (opt[0], opt[1], ["religion"])


def ip_holiday(r, c):
    opt = r.choice([("Eid al-Adha", "Eid al-Adha break"), ("Orthodox Easter", "Orthodox Easter"),
                    ("Passover", "Passover seder"), ("Ramadan", "Ramadan")])
    return (f"{c.F} had been out two days for {opt[1]}", [opt[0]], ["religion"])


def ip_slang(r, c):
    t, can = r.choice(SLANG)
    t = t.replace(" he ", f" {c.he} ").replace("his ", f"{c.his} ")
    return (f"{c.F} {t}", [can], ["neighborhood"])


def ip_neigh(r, c):
    ne = r.choice(NEIGH)
    return (f"Kids from {ne} where {c.he} lives call {c.him} \"{r.choice(['Lil', 'Big', 'Young'])} {c.F[0]}\"", [f"from {ne}"], ["neighborhood"])


def ip_hand(r, c):
    crew, ab = r.choice(CREWS)
    return (f"{c.F} throws up the {ab} hand sign for the {crew}", [crew, f"{ab} hand sign"], ["gang_affiliation"])


def ip_tattoo(r, c):
    crew, ab = r.choice(CREWS)
    return (f"{c.He} has a {ab} tattoo on {c.his} left hand, which staff say stands for the {crew}", [crew, f"{ab} tattoo"], ["gang_affiliation"])


def ip_videos(r, c):
    crew, ab = r.choice(CREWS)
    return (f"{c.F} is in rap videos with the {crew}", [crew], ["gang_affiliation"])


IDENTITY_PIECES = [ip_race, ip_ethn, ip_flag, ip_jersey, ip_religion, ip_holiday, ip_slang, ip_neigh, ip_hand,
                   ip_tattoo, ip_videos]


def mp(text, can, cats):
    return lambda r, c: (text.format(F=c.F, his=c.his, he=c.he, him=c.him), can, cats)


ML_PIECES = [
    # Spanish
    mp('Mom said "no tenemos papeles" and asked if the police would come to the house', ["no tenemos papeles"], ["immigration_status"]),
    mp("The aunt kept repeating que son indocumentados, all of them", ["indocumentados"], ["immigration_status"]),
    mp('Dad said "somos de Honduras, llegamos el año pasado"', ["Honduras"], ["national_origin"]),
    mp("Grandmother only speaks español, so the call was short", ["español"], ["language"]),
    mp('Mom said "él tiene su cita de asilo en mayo"', ["cita de asilo"], ["immigration_status"]),
    mp('The family goes to "la iglesia evangélica" every Sunday, mom said', ["iglesia evangélica"], ["religion"]),
    # Haitian Creole
    mp('Mother answered "wi, se mwen" and then said "nou pa gen papye"', ["pa gen papye"], ["immigration_status"]),
    mp("Father asked for someone who speaks Kreyòl", ["Kreyòl"], ["language"]),
    mp('The aunt said {F} "fèk rive soti Ayiti" last spring', ["Ayiti"], ["national_origin"]),
    mp("Mom (Hatian, per the secretary) came to the office", ["Hatian"], ["ethnicity"]),
    # Cape Verdean Creole
    mp("Grandmother speaks only Kriolu", ["Kriolu"], ["language"]),
    mp('Mother said "N ka tem papel" and started crying', ["ka tem papel"], ["immigration_status"]),
    mp('Dad said they are "di Praia" and came in 2024', ["di Praia"], ["national_origin"]),
    mp("Family is Cape Verdian according to the sign-in sheet", ["Cape Verdian"], ["ethnicity"]),
    # Portuguese
    mp('Mãe disse "estamos sem documentos" when {F}\'s name came up', ["sem documentos"], ["immigration_status"]),
    mp('Father said "somos de Minas Gerais"', ["Minas Gerais"], ["national_origin"]),
    mp("The family only speaks português at home", ["português"], ["language"]),
    mp('Mom said they are at the "Igreja Universal" every evening', ["Igreja Universal"], ["religion"]),
    # Vietnamese
    mp('Grandmother said "gia đình mới sang từ Việt Nam"', ["Việt Nam"], ["national_origin"]),
    mp("Mom needed someone who nói tiếng Việt", ["tiếng Việt"], ["language"]),
    mp("Dad said the family came from Viet Nam two years ago", ["Viet Nam"], ["national_origin"]),
    mp('Grandmother said they "đi chùa" on Sundays and {F} is a good kid there', ["đi chùa"], ["religion"]),
    # Chinese
    mp('Mother wrote on the form "我们没有身份" (we have no status)', ["没有身份", "have no status"], ["immigration_status"]),
    mp("Mom only speaks 普通话, no English", ["普通话"], ["language"]),
    mp('Father said they are "从福建来的" (from Fujian)', ["福建", "Fujian"], ["national_origin"]),
    mp('Uncle said "mei you shen fen" twice on the phone', ["mei you shen fen"], ["immigration_status"]),
    # Arabic
    mp('Father said "نحن لاجئون" and the nurse looked it up: refugees', ["لاجئون", "refugees"], ["immigration_status"]),
    mp("Mom said they were laji'in when they came", ["laji'in"], ["immigration_status"]),
    mp("{F} had been at the masjid for Jumu'ah before coming back", ["masjid", "Jumu'ah"], ["religion"]),
    mp('Mom speaks "3arabi" only', ["3arabi"], ["language"]),
    mp('Dad said "ihna min Suriya"', ["Suriya"], ["national_origin"]),
    # Somali
    mp('Uncle said "waxaan nahay qaxooti" on the phone', ["qaxooti"], ["immigration_status"]),
    mp("Mother asked for af-Soomaali for every call", ["Soomaali"], ["language"]),
    mp("Family is Somoli per the bus monitor", ["Somoli"], ["ethnicity"]),
    # Russian
    mp('Father said "у нас нет документов"', ["нет документов"], ["immigration_status"]),
    mp("Dad said u nas net dokumentov, quietly", ["net dokumentov"], ["immigration_status"]),
    mp("Grandmother speaks po-russki only", ["po-russki"], ["language"]),
    mp('Mom said they "priekhali iz Ukrainy" in 2023', ["iz Ukrainy"], ["national_origin"]),
    # French
    mp('Mother said "nous sommes sans papiers, s\'il vous plaît"', ["sans papiers"], ["immigration_status"]),
    mp('Dad said "on vient de Guinée"', ["Guinée"], ["national_origin"]),
    mp("Mom speaks only français and Susu", ["français", "Susu"], ["language"]),
    # misspelt / spaced English
    mp("Secretary wrote that the family is undocumneted", ["undocumneted"], ["immigration_status"]),
    mp("Note from counselor: u n d o c u m e n t e d, do not share", ["u n d o c u m e n t e d"], ["immigration_status"]),
    mp("Mom said the dad's a-s-y-l-u-m case is still open", ["a-s-y-l-u-m"], ["immigration_status"]),
    mp("Dad is un-documented per the aunt", ["un-documented"], ["immigration_status"]),
    mp("{F} is Guatamalan, per the front desk", ["Guatamalan"], ["ethnicity"]),
    mp("Family goes to the mosk on Fridays", ["mosk"], ["religion"]),
    mp("{F} is Domincan and {his} cousins are too", ["Domincan"], ["ethnicity"]),
    mp("Mom has a pending asylym claim", ["asylym"], ["immigration_status"]),
    mp("{F} is Puertorican per the nurse", ["Puertorican"], ["ethnicity"]),
]

BENIGN_FOREIGN = [
    'Mom said "gracias" several times before hanging up',
    'Grandmother said "obrigada" and passed the phone along',
    'The father opened with "bonjou" and listened',
    '{F} greeted the nurse with "salaam" on the way in',
    'Dad said "xin chào" and then "okay, okay"',
    'Mom answered the phone with "allô, oui"',
    'Uncle said "waad mahadsantahay" before hanging up',
    'Mom kept saying "ay Dios mío" while the AP explained',
]


# --------------------------------------------------------------------------- structured student extras
def sx_lang(r, c):
    lang = pick_lang(r)
    return ("home_language", lang, [lang], ["language"])


def sx_ethn(r, c):
    v, can = r.choice([("Hispanic/Latino", "Hispanic"), ("Black or African American", "African American"),
                       ("Cape Verdean", "Cape Verdean"), ("Asian", "Asian"), ("Haitian", "Haitian"),
                       ("Two or more races", "Two or more races")])
    return (r.choice(["ethnicity", "race_ethnicity", "race"]), v, [can], ["ethnicity"])


def sx_birth(r, c):
    o = pick_origin(r)
    return (r.choice(["country_of_birth", "birth_country", "birthplace"]), o[0], [o[0]], ["national_origin"])


def sx_addr(r, c):
    st = r.choice(STREETS)
    z = r.choice(["02119", "02121", "02124", "02126", "02128", "02136", "02130", "02122"])
    return ("address", {"street": f"{r.randint(4, 320)} {st}", "city": "Boston", "state": "MA", "zip": z},
            [st], ["neighborhood"])


def sx_ell(r, c):
    lang = r.choice(["Spanish", "Haitian Creole", "Cape Verdean Creole", "Vietnamese", "Portuguese", "Chinese"])
    return ("ell", {"status": "English learner", "wida_composite": round(r.uniform(1.5, 4.2), 1), "program": f"SEI {lang}"},
            ["English learner", f"SEI {lang}"], ["language"])


def sx_imm(r, c):
    v = r.choice(["asylum pending", "undocumented", "refugee (2023)", "SIJS applicant", "parolee"])
    return ("immigration_status", v, [v], ["immigration_status"])


def sx_rel(r, c):
    v = r.choice(["Muslim", "Catholic", "Jehovah's Witness", "Buddhist", "Seventh-day Adventist"])
    return (r.choice(["religion", "faith"]), v, [v], ["religion"])


def sx_gang(r, c):
    crew, ab = r.choice(CREWS)
    return ("flags", {"gang_association": crew, "source": "intel bulletin", "entered": "2025-10-03"}, [crew], ["gang_affiliation"])


def sx_housing(r, c):
    dev = r.choice(DEVS)
    return ("housing", {"development": dev, "unit": f"{r.randint(1, 40)}{r.choice('ABCD')}"}, [dev], ["neighborhood"])


def sx_guardian(r, c):
    lang = pick_lang(r)
    return ("guardian", {"relationship": r.choice(["mother", "father", "grandmother"]), "phone": f"617-555-0{r.randint(100, 199)}",
                         "preferred_language": lang}, [lang], ["language"])


def sx_newcomer(r, c):
    o = pick_origin(r)
    return ("newcomer", {"arrival_date": f"2025-0{r.randint(1, 8)}-1{r.randint(0, 9)}", "prior_country": o[0]}, [o[0]], ["national_origin"])


STRUCT = [sx_lang, sx_ethn, sx_birth, sx_addr, sx_ell, sx_imm, sx_rel, sx_gang, sx_housing, sx_guardian, sx_newcomer]


def benign_extras(r, c):
    out = {}
    for k, f in [("homeroom", lambda: c.room), ("counselor", lambda: r.choice(["Ms. Thibault", "Mr. Khoury", "Ms. Grant"])),
                 ("iep", lambda: r.random() < 0.3), ("attendance_rate", lambda: round(r.uniform(0.7, 0.99), 2)),
                 ("sis_source", lambda: r.choice(["Aspen", "SIS export", "nurse referral"]))]:
        if r.random() < 0.35:
            out[k] = f()
    return out


# --------------------------------------------------------------------------- rendering
def hhmm(t, style):
    h, m = t.hour, t.minute
    if style == "24":
        return f"{h:02d}:{m:02d}"
    if style == "mil":
        return f"{h:02d}{m:02d}"
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    if style == "ampm":
        return f"{h12}:{m:02d} {ap}"
    if style == "ampm_l":
        return f"{h12}:{m:02d}{ap.lower()}"
    return f"{h12}:{m:02d}"


def sentence(t):
    t = t.strip()
    if t[-1] in ".!?":
        return t
    if t[-1] in "\"'" and len(t) > 1 and t[-2] in ".!?":
        return t
    return t + "."


LOG_STYLES = ["dash", "colon", "bracket", "ampm", "bullet", "numbered", "hrs", "star", "oneline"]


def render_log(r, segs, t0, c):
    """segs: list of dicts with text, minute (or None). Returns description text."""
    style = r.choice(LOG_STYLES)
    tstyle = {"dash": r.choice(["24", "plain"]), "colon": "plain", "bracket": "24", "ampm": r.choice(["ampm", "ampm_l"]),
              "hrs": "mil", "star": "ampm", "oneline": "plain", "bullet": "ampm", "numbered": "plain"}[style]
    lines = []
    for i, s in enumerate(segs):
        tt = t0 + dt.timedelta(minutes=s["minute"])
        ts = hhmm(tt, tstyle)
        txt = s["text"]
        if style == "dash":
            lines.append(f"{ts} - {txt}")
        elif style == "colon":
            lines.append(f"{ts}: {txt}")
        elif style == "bracket":
            lines.append(f"[{ts}] {txt}")
        elif style == "ampm":
            lines.append(f"{ts} \u2013 {txt}")
        elif style == "hrs":
            lines.append(f"{ts} hrs {txt}")
        elif style == "bullet":
            lines.append(f"- {'approx ' + ts + ' ' if i == 0 else ''}{txt}")
        elif style == "numbered":
            lines.append(f"{i + 1}. {txt}" + (f" ({ts})" if s.get("timed") and r.random() < 0.5 else ""))
        elif style == "star":
            lines.append(f"* {ts + ' ' if s.get('timed') else ''}{txt}")
        else:
            lines.append(f"{ts} {txt}")
    header = r.choice(["", "", f"Timeline ({c.sss}):", f"Incident log - {c.ap}", "Log:", "Sequence of events", f"Notes by {c.sss}"])
    if style == "oneline":
        body = " | ".join(lines)
    else:
        body = "\n".join(lines)
    return (header + ("\n" if style != "oneline" else " ") + body) if header else body


def render_narr(r, segs, t0):
    out = []
    for i, s in enumerate(segs):
        txt = sentence(s["text"])
        if s.get("timed") and (i == 0 or r.random() < 0.3):
            tt = t0 + dt.timedelta(minutes=s["minute"])
            pre = r.choice(["At approx ", "At about ", "Around ", "At "]) + hhmm(tt, r.choice(["plain", "ampm"])) + ", "
            txt = pre + txt[0].lower() + txt[1:] if not txt[:2].isupper() and txt.split()[0] not in NAMEISH else pre + txt
        out.append(txt)
    return " ".join(out)


NAMEISH = set(FIRST_M + FIRST_F) | {"SSS", "SSO", "AP", "Dean", "Nurse", "EMS", "Ms.", "Mr.", "Principal", "Headmaster",
                                     "Snapchat", "Instagram",
                                     "Mother", "Father", "Mom", "Dad", "Grandmother", "Uncle", "Aunt", "Stepfather",
                                     "Intel", "Per", "Counselor", "Family", "Youth", "Interpreter", "Secretary", "Note"}


# --------------------------------------------------------------------------- case assembly
class Retry(Exception):
    pass


def school_day(r):
    start, end = dt.date(2025, 9, 8), dt.date(2026, 6, 12)
    while True:
        d = start + dt.timedelta(days=r.randint(0, (end - start).days))
        if d.weekday() >= 5:
            continue
        if dt.date(2025, 12, 24) <= d <= dt.date(2026, 1, 2) or dt.date(2026, 2, 16) <= d <= dt.date(2026, 2, 20) \
                or dt.date(2026, 4, 20) <= d <= dt.date(2026, 4, 24) or dt.date(2025, 11, 26) <= d <= dt.date(2025, 11, 28):
            continue
        return d


def tz(d):
    return "-04:00" if d < dt.date(2025, 11, 2) or d >= dt.date(2026, 3, 8) else "-05:00"


OTHER_RECIPIENTS = ["ice", "ice/ero-boston", "dhs/hsi-boston", "cbp", "fbi/boston-field-office",
                    "commonwealth-fusion-center", "mbta-transit-police", "allied-universal-campus-security",
                    "massachusetts-state-police"]
FILLERS = ["{ap} notified", "Parent call placed by {ap}", "{principal} informed", "Area cleared; classes resumed",
           "Camera footage for the area saved by IT", "Written statements collected", "SSO arrived",
           "Incident entered in SIS", "Student held in the main office with {ap}", "Safety plan meeting set for tomorrow"]
CONTACT_CLEAN = ["{Rel} will come in for a re-entry meeting on {day}", "{Rel} said {rhe} would pick {F} up at dismissal",
                 "{Rel} was upset and said {rhe} had never seen anything like this from {F}", "No answer on the first call; voicemail left",
                 "{Rel} agreed to the safety plan", "{Rel} was told the school is reporting the incident to BPD",
                 "{Rel} asked for a copy of the incident report"]


def fmt(t, c, **kw):
    return t.format(F=c.F, ap=c.ap, principal=c.principal, sss=c.sss, he=c.he, his=c.his, him=c.him, **kw)


def neutral_description(r, c):
    h = r.choice(["5'3", "5'5", "5'6", "5'7", "5'8", "5'9", "5'10", "5'11", "6'0", "6'2"])
    build = r.choice(["thin build", "stocky build", "medium build", "slim, tall build", "heavy build"])
    hair = r.choice(["short twists", "a high-top fade", "long braids", "a low ponytail", "a buzz cut",
                     "curly hair in a puff", "shoulder-length locs", "a bleached tip fade"])
    top = r.choice(["grey Nike Tech hoodie", "black North Face puffer", "red Champion sweatshirt", "tan Carhartt jacket",
                    "white Celtics warm-up jacket", "navy uniform polo", "green camo hoodie", "maroon zip-up"])
    bottom = r.choice(["black joggers", "light-wash jeans", "grey sweatpants", "khaki uniform pants"])
    shoes = r.choice(["white Air Force 1s", "black Crocs", "red Jordans", "grey New Balance sneakers", "Timberland boots",
                      "black slides with socks"])
    bag = r.choice(["blue JanSport backpack", "black Nike backpack", "camouflage backpack", "small crossbody bag",
                    "purple Adidas drawstring bag"])
    mark = r.choice(["", "clear-frame glasses", "a silver stud in the left ear", "a scar through the right eyebrow", "braces"])
    v = r.randint(0, 2)
    if v == 0:
        parts = [f"Description: about {h}, {build}, {hair}.",
                 f"Wearing a {top}, {bottom} and {shoes}; carrying a {bag}." + (f" Has {mark}." if mark else "")]
        style = "inline"
    elif v == 1:
        parts = [f"{c.F} is about {h} with a {build} and {hair}.",
                 f"Today {c.he} had on a {top} and {bottom}, {shoes}, and a {bag}." + (f" {c.He} has {mark}." if mark else "")]
        style = "inline"
    else:
        parts = [f"Height: about {h}", f"Build: {build}", f"Hair: {hair}", f"Top: {top}", f"Shoes: {shoes}", f"Bag: {bag}"]
        if mark:
            parts.append(f"Marks: {mark}")
        style = "lines"
    facts = [top, bag, shoes, f"about {h}"]
    return parts, style, facts


def build_case(r, family, kind, cid):
    c = make_ctx(r)
    day = school_day(r)
    t0 = dt.datetime(day.year, day.month, day.day, r.randint(7, 14), r.choice([2, 5, 8, 12, 15, 18, 22, 27, 31, 34, 40, 43, 47, 50, 55]))
    recipient = "bpd" if r.random() < 0.3 else f"bpd/district-{r.choice(DISTRICTS)}"
    decision, reason = "allow", None
    pools = {"weapon": WEAPON, "drugs": DRUGS, "violence": VIOLENCE, "threat": THREAT}
    if kind in pools:
        sc = r.choice(pools[kind])(r, c)
    elif kind in ("bric", "other_recipient", "face"):
        sc = r.choice(r.choice([WEAPON, DRUGS, VIOLENCE, THREAT]))(r, c)
        decision = "deny"
        if kind == "bric":
            recipient, reason = "bric", "recipient_not_permitted"
        elif kind == "other_recipient":
            recipient, reason = r.choice(OTHER_RECIPIENTS), "recipient_not_permitted"
        else:
            reason = "face_surveillance"
    elif kind == "excluded":
        sc, decision, reason = r.choice(EXCLUDED)(r, c), "deny", "excluded_substance"
    elif kind == "no_threat":
        sc, decision, reason = r.choice(THREAT)(r, c), "deny", "missing_threat_statement"
        sc["threat"] = None
    elif kind == "notground":
        sc, decision, reason = r.choice(NONGROUND)(r, c), "deny", "ground_not_permitted"
    else:
        raise ValueError(kind)

    events = [dict(text=t, minute=m, timed=True, bad=[], cats=[]) for m, t in sc["events"]]
    forb = []          # forbidden segments
    attachments = []

    def piece(fn):
        text, can, cats = fn(r, c)
        return dict(text=text, minute=None, timed=False, bad=list(can), cats=list(cats))

    # face-surveillance content (deny)
    if kind == "face":
        v = r.randint(0, 2)
        if v == 0:
            pct = r.randint(86, 99)
            forb.append(dict(text=f"District camera face search matched {c.F} with a {pct}% score", minute=None, timed=False,
                             bad=[f"{pct}% score"], cats=["face_surveillance"]))
            attachments.append({"kind": "face_match", "name": f"facematch_{day.isoformat()}.json"})
        elif v == 1:
            events.append(dict(text="Requesting that BPD run the attached yearbook photo through facial recognition against the store video",
                               minute=events[-1]["minute"] + 5, timed=True, bad=[], cats=[]))
            attachments.append({"kind": "photo", "name": f"yearbook_2025_{c.L.lower()}.jpg"})
        else:
            forb.append(dict(text=f"The still from the bus camera was identified as {c.F} by a Clearview search", minute=None,
                             timed=False, bad=["Clearview"], cats=["face_surveillance"]))
    if kind == "face" and not any("face_surveillance" in f["cats"] for f in forb):
        extra_cats = ["face_surveillance"]
    else:
        extra_cats = []

    # family content
    if family == "incident_log":
        for fn in r.sample(LOG_PIECES, 1 if r.random() < 0.65 else 2):
            forb.append(piece(fn))
        fill = [dict(text=fmt(t, c), minute=None, timed=False, bad=[], cats=[]) for t in r.sample(FILLERS, r.randint(0, 2))]
        segs = list(events)
        for f in forb + fill:
            segs.insert(r.randint(1, len(segs)), f)
        prev = 0
        for s in segs:
            if s["minute"] is None:
                s["minute"] = prev + r.randint(0, 2)
            prev = max(prev, s["minute"])
        # keep times monotone
        for i in range(1, len(segs)):
            if segs[i]["minute"] < segs[i - 1]["minute"]:
                segs[i]["minute"] = segs[i - 1]["minute"]
        desc = render_log(r, segs, t0, c)
        clean_texts = [s["text"] for s in segs if not s["bad"] and not s["cats"]]
    elif family == "family_contact":
        groups = r.sample(list(FAMILY_PIECES), r.choice([2, 2, 3]))
        for g in groups:
            forb.append(piece(r.choice(FAMILY_PIECES[g])))
        rel = rel_of(r)
        cl = [dict(text=t.format(Rel=rel[1], rhe=rel[2], F=c.F, day=r.choice(["Monday", "Tuesday", "Thursday", "Friday"])),
                   minute=None, timed=False, bad=[], cats=[]) for t in r.sample(CONTACT_CLEAN, r.randint(1, 2))]
        contact = forb + cl
        r.shuffle(contact)
        narr = render_narr(r, events, t0)
        v = r.randint(0, 2)
        if v == 0:
            ctext = "Parent contact: " + " ".join(sentence(s["text"]) for s in contact)
            desc = narr + r.choice(["\n\n", " ", "\n"]) + ctext
        elif v == 1:
            t = t0 + dt.timedelta(minutes=events[-1]["minute"] + r.randint(10, 40))
            lines = []
            for s in contact:
                lines.append(f"{hhmm(t, 'ampm')} - {s['text']}")
                t += dt.timedelta(minutes=r.randint(2, 25))
            desc = narr + "\n\nCalls home:\n" + "\n".join(lines)
        else:
            ctext = " ".join(sentence(s["text"]) for s in contact)
            desc = f"{r.choice(['Meeting with family', 'Family meeting', 'Home contact'])} ({c.ap}): " + ctext + "\n\nIncident: " + narr
        clean_texts = [s["text"] for s in events + cl]
    elif family == "identity_markers":
        parts, style, nfacts = neutral_description(r, c)
        ids = [piece(fn) for fn in r.sample(IDENTITY_PIECES, r.choice([1, 1, 2]))]
        forb.extend(ids)
        narr = render_narr(r, events, t0)
        if style == "lines":
            lines = parts[:]
            for f in ids:
                lines.insert(r.randint(1, len(lines)), r.choice(["Notes: ", "Other: ", "Also: ", ""]) + f["text"])
            block = "\n".join(lines)
            desc = narr + "\n\n" + block if r.random() < 0.6 else block + "\n\n" + narr
        else:
            sents = parts[:]
            for f in ids:
                sents.insert(r.randint(0, len(sents)), sentence(f["text"]))
            block = " ".join(sents)
            if r.random() < 0.5:
                desc = narr + " " + block
            else:
                nar_s = [sentence(e["text"]) for e in events]
                k = r.randint(1, len(nar_s) - 1)
                desc = " ".join(nar_s[:k]) + " " + block + " " + " ".join(nar_s[k:])
        clean_texts = [s["text"] for s in events] + parts
        sc["facts"] = sc["facts"] + nfacts
        sc["nfacts"] = nfacts
    else:  # mixed_languages
        ml = [piece(fn) for fn in r.sample(ML_PIECES, r.choice([1, 2, 2]))]
        forb.extend(ml)
        extra = []
        if r.random() < 0.5:
            extra.append(dict(text=fmt(r.choice(BENIGN_FOREIGN), c), minute=None, timed=False, bad=[], cats=[]))
        if r.random() < 0.3:
            extra.append(piece(r.choice(FAMILY_PIECES["residence"] + FAMILY_PIECES["status"])))
            forb.append(extra[-1])
        segs = list(events)
        for f in ml + extra:
            segs.insert(r.randint(1, len(segs)), f)
        desc = render_narr(r, segs, t0)
        clean_texts = [s["text"] for s in segs if not s["bad"] and not s["cats"]]

    # the face sentence (if any) is already a log line / contact line; identity and mixed append it
    if family in ("identity_markers", "mixed_languages") and kind == "face":
        for f in forb:
            if f["cats"] == ["face_surveillance"] and f["text"] not in desc:
                desc += " " + sentence(f["text"])

    # student record
    dob = dt.date(2019 - c.grade - (1 if r.random() < 0.1 else 0), 9, 2) + dt.timedelta(days=r.randint(0, 363))
    student = {"student_id": c.sid if r.random() < 0.7 else f"BPS{c.sid}", "name": c.name}
    if r.random() < 0.15:
        age = day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))
        student["age"] = age
    else:
        student["date_of_birth"] = dob.isoformat()
    student["grade"] = c.grade
    student["school"] = c.S
    student.update(benign_extras(r, c))
    p_struct = {"incident_log": 0.3, "family_contact": 0.4, "identity_markers": 0.45, "mixed_languages": 0.3}[family]
    struct_bad, struct_cats = [], []
    if r.random() < p_struct:
        for fn in r.sample(STRUCT, r.choice([1, 1, 2])):
            k, v, can, cats = fn(r, c)
            if k in student:
                continue
            student[k] = v
            struct_bad += can
            struct_cats += cats

    req = {"request_id": cid, "school_id": c.school_id, "recipient": recipient, "ground": sc["ground"]}
    if sc.get("substances"):
        req["substances"] = sc["substances"]
    if sc.get("weapon"):
        req["weapon"] = sc["weapon"]
    if sc.get("threat"):
        req["threat_statement"] = sc["threat"]
    req["incident"] = {"occurred_at": t0.strftime("%Y-%m-%dT%H:%M:00") + tz(day), "location": sc["loc"], "description": desc}
    req["student"] = student
    if attachments or r.random() < 0.2:
        req["attachments"] = attachments or [{"kind": "document", "name": r.choice(["statement_witness.pdf", "incident_form.pdf", "staff_statement.docx"])}]

    bad = []
    for f in forb:
        for b in f["bad"]:
            if b not in bad:
                bad.append(b)
    for b in struct_bad:
        if b not in bad:
            bad.append(b)
    cats = []
    for x in [cc for f in forb for cc in f["cats"]] + struct_cats + extra_cats:
        if x not in cats:
            cats.append(x)

    # facts
    if decision == "allow":
        avail = [f for f in sc["facts"] if f in desc and any(f in t for t in clean_texts)
                 and not any(f in t for t in (x["text"] for x in forb))]
        if family == "identity_markers":
            nf = [f for f in sc["nfacts"] if f in avail]
            of = [f for f in avail if f not in sc["nfacts"]]
            if not nf:
                raise Retry("no neutral fact")
            facts = r.sample(nf, 1) + r.sample(of, min(len(of), r.randint(0, 2)))
        else:
            if not avail:
                raise Retry("no facts")
            facts = r.sample(avail, min(len(avail), r.randint(1, 3)))
        key = sc["key"]
        if key not in desc or not any(key in t for t in clean_texts):
            raise Retry("key not clean: " + key)
        must_contain = [c.name, c.S, key]
    else:
        facts, must_contain = [], []

    check(req, bad, facts, must_contain, clean_texts, forb)
    tags = [family, ("allow_" + kind) if decision == "allow" else ("deny_" + kind)]
    exp = {"decision": decision}
    if reason:
        exp["reason"] = reason
    exp.update({"must_not_contain": bad, "must_contain": must_contain, "must_contain_text": facts,
                "categories": cats, "tags": tags})
    return {"id": cid, "request": req, "expect": exp}


def check(req, bad, facts, must_contain, clean_texts, forb):
    whole = json.dumps(req, ensure_ascii=False).lower()
    stu = req["student"]
    kept = " ".join(str(stu.get(k, "")) for k in ("student_id", "name", "date_of_birth", "age", "grade", "school"))
    legit = " ".join([kept, req["school_id"], req["recipient"], req["ground"], req["incident"]["location"],
                      req.get("threat_statement", ""), req.get("weapon", ""), " ".join(req.get("substances", [])),
                      json.dumps(req.get("attachments", [])), " ".join(clean_texts), " ".join(facts),
                      " ".join(must_contain), " ".join(CATEGORY_CODES), " ".join("student." + k for k in stu),
                      req["incident"]["occurred_at"]]).lower()
    for b in bad:
        bl = b.lower()
        if len(bl.strip()) < 3:
            raise Retry("short canary " + b)
        if bl not in whole:
            raise Retry("canary missing " + b)
        if bl in legit or bl in NOTICE:
            raise Retry("canary collides " + b)
    desc = req["incident"]["description"]
    for f in facts + must_contain[2:]:
        if f not in desc:
            raise Retry("fact not in desc " + f)
        for fb in forb:
            if f in fb["text"]:
                raise Retry("fact inside forbidden " + f)
        for b in bad:
            if b.lower() in f.lower():
                raise Retry("fact contains canary")
    for m in must_contain:
        if m.lower() not in whole:
            raise Retry("must_contain missing " + m)


def plan_family(r, family, idx):
    allow = ["weapon"] * 8 + ["drugs"] * 6 + ["violence"] * 6 + ["threat"] * 6
    extra = ["no_threat", "face", "bric", "excluded"][idx]
    deny = ["bric", "other_recipient", "excluded", "excluded", "no_threat", "notground", "notground", "face", extra]
    kinds = allow + deny
    return kinds[:N_PER_FAMILY] if len(kinds) >= N_PER_FAMILY else kinds


def main():
    r = random.Random(SEED)
    fams = ["incident_log", "family_contact", "identity_markers", "mixed_languages"]
    jobs = []
    for i, f in enumerate(fams):
        for k in plan_family(r, f, i):
            jobs.append((f, k))
    r.shuffle(jobs)
    cases = []
    for n, (f, k) in enumerate(jobs, 1):
        cid = f"od-{n:04d}"
        for attempt in range(200):
            try:
                cases.append(build_case(r, f, k, cid))
                break
            except Retry:
                continue
        else:
            raise SystemExit(f"could not build {cid} {f} {k}")
    with open(OUT, "w", encoding="utf-8") as fh:
        for cs in cases:
            fh.write(json.dumps(cs, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(cases), "cases ->", OUT)
    print(Counter(c["expect"]["tags"][0] for c in cases))
    print(Counter(c["expect"]["decision"] for c in cases))
    print(Counter(c["expect"].get("reason") for c in cases))


if __name__ == "__main__":
    main()
