#!/usr/bin/env python3
"""Outsider corpus AA: the precision and subtlety frontier (150 cases, prefix OAA).

Deterministic, standard library only. Writes tests/data/corpus/outsider_aa.jsonl.

Narratives are staff accounts of 600 to 2,000 characters assembled from hand-written parts:
an opener, a setting paragraph (often full of innocent words that look like forbidden
categories: a world-history class, a multicultural night, a team playing as a country, a church
basement used as a polling place, a "home game", a "stage crew", a "gang box"), the incident
itself, what staff did, and the follow-up with the family. Forbidden facts (RULES.md section 4)
are written as one short aside marked in the source with the brackets U+27E6/U+27E7; the markers
are stripped from the request, and the generator checks its own labels against an ideal police
copy in which each marked span is replaced by [WITHHELD].
"""
import datetime as dt
import json
import pathlib
import re
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_aa.jsonl"
PREFIX = "OAA"
FAMILY = "outsider_aa"
L, R = "\u27e6", "\u27e7"

# ----------------------------------------------------------------------------- schools
# (name, school_id, kind, district)   kind: hs = 9-12, k8 = grades 6-8 used, s612 = 6-12, s712 = 7-12
SCHOOLS = [
    ("Boston Latin Academy", "BPS-4112", "s712", "bpd/district-b2"),
    ("Madison Park Technical Vocational High School", "BPS-4137", "hs", "bpd/district-b2"),
    ("East Boston High School", "BPS-4148", "hs", "bpd/district-a7"),
    ("Jeremiah E. Burke High School", "BPS-4153", "hs", "bpd/district-c11"),
    ("English High School", "BPS-4161", "hs", "bpd/district-e13"),
    ("Excel High School", "BPS-4174", "hs", "bpd/district-c6"),
    ("Brighton High School", "BPS-4186", "hs", "bpd/district-d14"),
    ("TechBoston Academy", "BPS-4195", "s612", "bpd/district-c11"),
    ("Mission Hill K-8 School", "BPS-4203", "k8", "bpd/district-b2"),
    ("John D. O'Bryant School of Mathematics and Science", "BPS-4219", "s712", "bpd/district-b2"),
    ("Charlestown High School", "BPS-4224", "hs", "bpd/district-a1"),
    ("Snowden International School", "BPS-4236", "hs", "bpd/district-d4"),
    ("Boston Community Leadership Academy", "BPS-4241", "hs", "bpd/district-e18"),
    ("Dearborn STEM Academy", "BPS-4257", "s612", "bpd/district-b2"),
    ("Fenway High School", "BPS-4262", "hs", "bpd/district-b2"),
    ("New Mission High School", "BPS-4278", "hs", "bpd/district-e18"),
    ("Boston Arts Academy", "BPS-4281", "hs", "bpd/district-d4"),
    ("Edward M. Kennedy Academy for Health Careers", "BPS-4293", "hs", "bpd/district-d4"),
    ("Henderson K-12 Inclusion School", "BPS-4305", "s612", "bpd/district-c11"),
    ("Rafael Hernández K-8 School", "BPS-4316", "k8", "bpd/district-b2"),
    ("Orchard Gardens K-8 School", "BPS-4322", "k8", "bpd/district-b2"),
    ("Boston Green Academy", "BPS-4339", "s612", "bpd/district-d14"),
    ("Mildred Avenue K-8 School", "BPS-4347", "k8", "bpd/district-b3"),
]
GRADES = {"hs": [9, 10, 11, 12], "k8": [6, 7, 8], "s612": [6, 7, 8, 9, 10, 11, 12],
          "s712": [7, 8, 9, 10, 11, 12]}

# ----------------------------------------------------------------------------- people
BOYS = ["Dante", "Marcus", "Elijah", "Tyrese", "Kevin", "Josiah", "Brandon", "Malik", "Isaiah", "Caleb",
        "Andre", "Xavier", "Jordan", "Nathaniel", "Omar", "Luis", "Devon", "Cameron", "Jayden", "Terrell",
        "Adrian", "Gabriel", "Derek", "Kyle", "Rashad", "Miguel", "Trevor", "Samuel", "Quentin", "Desmond",
        "Julian", "Micah", "Roman", "Everett", "Tobias", "Nico", "Zion", "Amari", "Owen", "Darnell"]
GIRLS = ["Aaliyah", "Brianna", "Jasmine", "Kayla", "Destiny", "Nia", "Gabriela", "Imani", "Tatiana",
         "Serena", "Alicia", "Maya", "Keisha", "Natalie", "Olivia", "Priya", "Renee", "Sofia", "Tiana",
         "Valerie", "Yasmin", "Zoe", "Camila", "Daniela", "Erica", "Fiona", "Giselle", "Hannah", "Iris",
         "Janelle", "Kiara", "Lena", "Monique", "Noelle", "Paige", "Raquel", "Sabrina", "Talia", "Vanessa"]
SURNAMES = ["Whitaker", "Coleman", "Pereira", "Langley", "Okonkwo", "Brennan", "Tavares", "Holloway",
            "McAllister", "Fontaine", "Gilmore", "Ashworth", "Delacroix", "Pritchard", "Vasquez", "Kimball",
            "Thibodeau", "Merriweather", "Osei", "Castellano", "Donnelly", "Fairbanks", "Haskins", "Iverson",
            "Jablonski", "Kowalczyk", "Lockhart", "Mabry", "Norwood", "Ogden", "Pemberton", "Quarles",
            "Rutledge", "Sheffield", "Tolliver", "Upshaw", "Vickers", "Wadsworth", "Yarborough", "Zeller",
            "Abernathy", "Bellamy", "Crowder", "Dunleavy", "Ellison", "Farrow", "Greer", "Hargrove",
            "Ingram", "Jessup", "Kincaid", "Lowery", "Mayfield", "Nettles", "Oakley", "Pruitt", "Ramsey",
            "Stroud", "Thornton", "Underwood", "Vance", "Winslow", "Yates", "Ashby", "Baldwin", "Calloway",
            "Dorsey", "Easley", "Fenwick", "Galloway", "Hendricks", "Irving", "Jeter", "Keller", "Lyle",
            "Moody", "Nash", "Orr", "Paxton", "Rhodes", "Sutton", "Tillman", "Varner", "Weems", "Yeager"]
SSS = ["Kane", "Rivera", "Hanley", "Okafor", "Doyle", "Pina", "McCarthy", "Lozada", "Bishop", "Grady"]
WRITERS = [("Dana Whitcomb", "assistant principal"), ("Luis Carrasco", "dean of students"),
           ("Meredith Shaw", "assistant headmaster"), ("Kofi Mensah", "dean of students"),
           ("Patricia Nolan", "head of school"), ("Rosa Delgado", "assistant principal"),
           ("Brian Flaherty", "student support coordinator"), ("Tanya Ellis", "assistant principal"),
           ("Sean Gallagher", "dean of discipline"), ("Michelle Tran-Olsen", "assistant headmaster")]
RELS = [("mother", "she", "her"), ("father", "he", "him"), ("grandmother", "she", "her"),
        ("aunt", "she", "her"), ("mother", "she", "her"), ("uncle", "he", "him"),
        ("father", "he", "him"), ("grandfather", "he", "him"), ("mother", "she", "her")]

# ----------------------------------------------------------------------------- openers
OPENERS = [
    "Written by {writer}, {role}, about the incident on {day} at approximately {t}.",
    "This is my account of what happened on {day}, starting at about {t}.",
    "Incident narrative for {day}, approx. {t}. Reporting staff: {writer} ({role}).",
    "On {day}, at about {t}, the following happened. I am writing this the same afternoon.",
    "Summary prepared by the {role}, {writer}, for the incident of {day} (approximately {t}).",
    "The following is based on what I saw, what staff told me, and the student statements from {day}, beginning around {t}.",
    "Report of {writer}, {role}. Date of incident: {day}. Time: about {t}.",
    "I was called to this at about {t} on {day}, and I am writing it up from my notes.",
]

# ----------------------------------------------------------------------------- settings
# key, lead, where, location, decoys, time, level, pins
SETTINGS = [
    dict(key="hist_ottoman", time="10:05", level="any",
         lead="Third period is Mr. Keating's World History section, and the class was finishing a gallery walk on the fall of the Ottoman Empire, with student-made maps of the Balkans taped along the back wall. Students were moving between stations in pairs with clipboards, so there was more movement in the room than usual.",
         where="by the back wall of Room 214", location="{school}, Room 214",
         decoys=["fall of the Ottoman Empire", "maps of the Balkans"]),
    dict(key="geo_horn", time="09:20", level="any",
         lead="Ms. Alvarado's geography class was doing a mapping activity on the Horn of Africa. Each table had a laminated map of Somalia and Ethiopia and a set of dry-erase markers, and students were labeling rivers, capitals and trade routes while Ms. Alvarado walked the room.",
         where="at the table nearest the door in Room 109", location="{school}, Room 109",
         decoys=["map of Somalia and Ethiopia", "Horn of Africa"]),
    dict(key="multicultural", time="17:10", level="any",
         lead="The incident happened during set-up for Multicultural Night in the cafeteria, about an hour before families were due to arrive. The parent council had tables going up for the Irish step dancers, the Puerto Rican parranda group and a Vietnamese coffee station, and student council members were running extension cords and taping down table covers.",
         where="near the stage end of the cafeteria", location="{school}, cafeteria (evening event set-up)",
         decoys=["Multicultural Night", "Puerto Rican parranda group", "Vietnamese coffee station"]),
    dict(key="spanish3", time="12:35", level="any",
         lead="During fifth period, Señora Pratt's Spanish III class was rehearsing skits about ordering food at a market in Oaxaca, so the desks had been pushed to the walls and groups were practicing in the corners with paper props.",
         where="in the corner of Room 305 by the windows", location="{school}, Room 305",
         decoys=["Spanish III", "market in Oaxaca"]),
    dict(key="french2", time="13:15", level="any",
         lead="Madame Okafor's French II class had just finished watching a short film set in Dakar, with English subtitles, and students were starting the written reflection. The lights were still half off from the film.",
         where="in the back row of Room 221", location="{school}, Room 221",
         decoys=["French II", "film set in Dakar"]),
    dict(key="worldcup", time="11:45", level="any",
         lead="At lunch the gym hosts the advisory World Cup tournament. Each advisory is assigned a country at random at the start of the season, and that day the advisory playing as Brazil was up against the advisory playing as Nigeria, with maybe eighty students watching from the bleachers.",
         where="by the bleachers in the main gym", location="{school}, main gym",
         decoys=["playing as Brazil", "playing as Nigeria"]),
    dict(key="mandarin_club", time="14:50", level="any",
         lead="The Mandarin Club meets after school in the culinary classroom, and that afternoon it was their dumpling-making session, so there were about fifteen students around the prep tables, most of them not club members, just there for the food.",
         where="by the prep tables in the culinary classroom", location="{school}, culinary classroom (after school)",
         decoys=["Mandarin Club", "dumpling-making session"]),
    dict(key="patty_shop", time="11:55", level="hs",
         lead="Upperclassmen have open-campus lunch on Fridays, and a group had walked down to the Jamaican patty shop on Blue Hill Avenue, a block and a half from our front doors. Our lunch monitor, Ms. Greene, walks that stretch during open lunch.",
         where="on the sidewalk outside the Jamaican patty shop on Blue Hill Avenue",
         location="Blue Hill Avenue sidewalk, a block and a half from {school} (open-campus lunch)",
         decoys=["Jamaican patty shop", "Blue Hill Avenue"], weekday=4),
    dict(key="taco", time="11:30", level="any",
         lead="It was Taco Tuesday, which always makes the cafeteria line long, and the second lunch wave was backed up past the milk coolers into the hallway.",
         where="in the lunch line by the milk coolers", location="{school}, cafeteria lunch line",
         decoys=["Taco Tuesday", "milk coolers"], weekday=1),
    dict(key="lunar", time="10:20", level="any", date="2026-02-13",
         lead="That morning was the Lunar New Year assembly, and the front lobby was still hung with red paper lanterns and the paper dragon the art classes built. Students were being released back to class from the auditorium one grade at a time.",
         where="in the front lobby under the lanterns", location="{school}, front lobby",
         decoys=["Lunar New Year assembly", "red paper lanterns"]),
    dict(key="concert", time="13:40", level="any", date="2025-12-19",
         lead="It was the afternoon of the holiday concert, the last full day before winter recess. The chorus had just finished 'Feliz Navidad' and a Hanukkah song, and classes were filing out of the auditorium toward the main staircase.",
         where="at the bottom of the main staircase", location="{school}, main staircase by the auditorium",
         decoys=["holiday concert", "Feliz Navidad", "a Hanukkah song"]),
    dict(key="polling", time="09:50", level="any", date="2025-11-04",
         lead="Because it was Election Day, Mr. Brennan's civics class had walked across the street, with the warden's permission, to see the polling place set up in the basement of St. Mark's Church, and the class was walking back in two lines.",
         where="on the sidewalk between the church and our side entrance",
         location="sidewalk outside {school}, returning from a civics walk",
         decoys=["polling place", "basement of St. Mark's Church"]),
    dict(key="baptist_stop", time="14:25", level="any",
         lead="At dismissal most of our students catch the 28 at the MBTA stop in front of the Greater Hope Baptist Church at the end of our block, and two staff members are posted there every afternoon.",
         where="at the bus stop in front of the Greater Hope Baptist Church",
         location="MBTA bus stop at the end of the block from {school}, at dismissal",
         decoys=["in front of the Greater Hope Baptist Church"]),
    dict(key="homegame", time="13:30", level="hs", weekday=5, exclude=["Charlestown High School"],
         lead="This happened at Saturday's home game against Charlestown at White Stadium. I was working the gate with two other staff members, and the home-side bleachers were full.",
         where="behind the home-side bleachers at White Stadium", location="White Stadium, home football game",
         decoys=["home game against Charlestown", "home-side bleachers"], months=[9, 10, 11]),
    dict(key="stagecrew", time="15:20", level="any", months=[3, 4, 5],
         lead="The stage crew was striking the set from the spring musical after school, which means power tools, ladders and a lot of students carrying flats in and out of the scene shop.",
         where="in the scene shop behind the auditorium stage", location="{school}, scene shop behind the stage",
         decoys=["stage crew", "spring musical"]),
    dict(key="rowing", time="17:30", level="hs", months=[9, 10, 4, 5, 6],
         lead="Our crew team practices on the Charles out of the community boathouse, and this happened in the parking lot after crew practice, while students were waiting for the late bus back to school.",
         where="in the boathouse parking lot", location="community boathouse parking lot, after crew practice",
         decoys=["crew team", "crew practice"]),
    dict(key="gangbox", time="08:55", level="hs", only=["Madison Park Technical Vocational High School"],
         lead="In the carpentry shop the hand tools are kept in a locked gang box at the end of the bench row, and students sign tools in and out with Mr. Flaherty. The class was about twenty minutes into framing a wall section for their project.",
         where="next to the gang box in the carpentry shop", location="{school}, carpentry shop",
         decoys=["locked gang box", "framing a wall section"]),
    dict(key="allright_gang", time="08:15", level="any",
         lead="Ms. Ruiz had just told her advisory, 'All right, gang, phones away, we're doing check-ins,' and was calling students up one at a time to her desk to go over grades.",
         where="at the back table in Ms. Ruiz's advisory room", location="{school}, Ms. Ruiz's advisory room",
         decoys=["All right, gang"]),
    dict(key="jackson", time="07:25", level="any",
         lead="This happened off campus but on the way to school, on the Orange Line platform at Jackson Square, where a lot of our students transfer in the morning. A BPS transportation monitor was on the platform.",
         where="on the inbound platform at Jackson Square station", location="Jackson Square MBTA station, Orange Line platform",
         decoys=["Jackson Square"]),
    dict(key="mfa_egypt", time="10:50", level="any",
         lead="The grade was at the Museum of Fine Arts on a field trip to the Art of Ancient Egypt galleries, with four chaperones for about sixty students.",
         where="in the corridor outside the Ancient Egypt galleries", location="Museum of Fine Arts, school field trip",
         decoys=["Art of Ancient Egypt galleries"]),
    dict(key="diwali", time="09:10", level="any", date="2025-10-17",
         lead="The student council's Diwali rangoli contest was being judged in the front lobby during advisory, and students were crowded around the designs taped to the floor.",
         where="in the front lobby near the rangoli designs", location="{school}, front lobby",
         decoys=["Diwali rangoli contest"]),
    dict(key="bhm", time="11:05", level="any", date="2026-02-05",
         lead="The Black History Month assembly had just ended, and students were leaving the auditorium through both side doors while the step team packed up their speakers.",
         where="outside the auditorium's east doors", location="{school}, outside the auditorium",
         decoys=["Black History Month assembly", "step team"]),
    dict(key="hhm", time="13:20", level="any", date="2025-10-08",
         lead="We were in the middle of the Hispanic Heritage Month showcase in the gym, between the bachata performance and the poetry readings, and the bleachers were packed.",
         where="at the top of the gym bleachers", location="{school}, gym bleachers",
         decoys=["Hispanic Heritage Month showcase", "bachata performance"]),
    dict(key="aphg", time="09:40", level="hs",
         lead="AP Human Geography was in the middle of its unit on push and pull factors of migration, and Mr. Lindqvist had the class in small groups analyzing census graphs on Chromebooks.",
         where="at a group table in Room 312", location="{school}, Room 312",
         decoys=["AP Human Geography", "push and pull factors of migration"]),
    dict(key="debate", time="15:05", level="hs",
         lead="The debate team was holding a practice round after school on this year's topic on asylum policy, and about ten students were in the back room of the library with laptops and evidence binders.",
         where="in the back room of the library", location="{school}, library back room (after school)",
         decoys=["debate team", "topic on asylum policy"]),
    dict(key="bakery", time="14:35", level="any",
         lead="A group of our students had gone across the street after school to buy pastelitos at the Dominican bakery, which is a regular after-school stop for a lot of them, and the owner knows most of the kids by sight.",
         where="inside the Dominican bakery across the street", location="bakery across the street from {school}",
         decoys=["Dominican bakery", "pastelitos"]),
    dict(key="haitian_rev", time="10:30", level="k8",
         lead="Mr. Dorsainvil's eighth-grade humanities class was presenting group projects on the Haitian Revolution, and each group had a poster of Toussaint Louverture or Dessalines propped at the front of the room.",
         where="near the front of Room 118", location="{school}, Room 118",
         decoys=["Haitian Revolution", "Toussaint Louverture"], grade=8),
    dict(key="model_un", time="14:45", level="hs",
         lead="The Model UN club was running a practice committee session in the library. Every delegate has a placard for the country they were assigned this season; {first} was representing Guatemala and sat next to the delegate representing France.",
         where="at the committee tables in the library", location="{school}, library (Model UN practice)",
         decoys=["Model UN", "representing Guatemala"]),
    dict(key="cape_verde_quiz", time="13:05", level="k8",
         lead="Ms. Lopes's sixth-grade geography class was taking a quiz on the islands of Cape Verde and the Azores, part of their unit on Atlantic island nations.",
         where="at the desks by the windows in Room 204", location="{school}, Room 204",
         decoys=["islands of Cape Verde", "Atlantic island nations"], grade=6),
    dict(key="asl", time="12:10", level="any",
         lead="The American Sign Language elective was watching a video lesson with the lights down, so the room was quiet and dim and the teacher was at the front working the projector.",
         where="in the back of the ASL classroom", location="{school}, ASL classroom",
         decoys=["American Sign Language elective"]),
    dict(key="world_religions", time="10:55", level="hs",
         lead="In Humanities 10 the class was in its world religions unit, and groups were presenting slide decks on Buddhism and Sikhism to the rest of the room.",
         where="at the back table of the Humanities room", location="{school}, Humanities room",
         decoys=["world religions unit", "Buddhism and Sikhism"]),
    dict(key="mattapan_lib", time="15:40", level="any", weekday_in=[1, 3],
         lead="Our after-school tutoring program runs out of the Mattapan branch library on Tuesdays and Thursdays, with two of our teachers supervising about twenty students.",
         where="in the community room at the Mattapan branch library",
         location="Mattapan branch library, community room (school tutoring program)",
         decoys=["Mattapan branch library"]),
    dict(key="egleston", time="14:40", level="any",
         lead="This happened on the 22 bus through Egleston Square, which a lot of our students ride right after dismissal. The driver radioed it in and pulled over, and two of our staff who were on the bus kept everyone seated.",
         where="near the back door of the 22 bus at Egleston Square", location="MBTA route 22 bus, Egleston Square",
         decoys=["Egleston Square"]),
    dict(key="bjj", time="15:10", level="any",
         lead="The Brazilian jiu-jitsu club uses the wrestling room after school on Wednesdays, and this happened while the club was stretching before practice and other students were cutting through to the locker rooms.",
         where="in the wrestling room", location="{school}, wrestling room (after school)",
         decoys=["Brazilian jiu-jitsu club"], weekday=2),
    dict(key="mexican_train", time="14:05", level="any",
         lead="The math club was playing Mexican Train dominoes in Room 230 during the enrichment block, with Ms. Sousa supervising two tables and a few students just watching.",
         where="at the domino tables in Room 230", location="{school}, Room 230",
         decoys=["Mexican Train dominoes"]),
    dict(key="ela", time="09:05", level="any",
         lead="It was second period ELA, and Ms. Whitfield had the class doing silent reading of 'The House on Mango Street' before a discussion.",
         where="in the second row of Room 210", location="{school}, Room 210",
         decoys=["second period ELA", "The House on Mango Street"]),
    dict(key="chinatown", time="16:15", level="hs",
         lead="A group of our students was waiting at Chinatown station for the Orange Line after the downtown internship program let out; the program coordinator was with them.",
         where="on the outbound platform at Chinatown station", location="Chinatown MBTA station, Orange Line platform",
         decoys=["Chinatown station"]),
    dict(key="juneteenth", time="12:50", level="any", date="2026-06-18",
         lead="It was the day before the Juneteenth holiday, in the last week of school, and students were out in the courtyard for field day rotations.",
         where="by the cornhole boards in the courtyard", location="{school}, courtyard (field day)",
         decoys=["Juneteenth holiday", "field day rotations"]),
    dict(key="indigenous", time="07:40", level="any", date="2025-10-14",
         lead="It was the first day back after the Indigenous Peoples' Day long weekend, and a lot of students were in the hallway before first period because the buses had all come at once.",
         where="in the first-floor hallway by the water fountain", location="{school}, first-floor hallway",
         decoys=["Indigenous Peoples' Day long weekend"]),
    dict(key="dia_muertos", time="11:25", level="any", date="2025-10-31",
         lead="The Spanish IV class had set up a Día de los Muertos ofrenda on a table at the library entrance as part of their culture project, and students were stopping to look at it on the way to lunch.",
         where="at the library entrance next to the ofrenda table", location="{school}, library entrance",
         decoys=["Día de los Muertos ofrenda", "Spanish IV class"]),
    dict(key="steel_drum", time="14:55", level="any", months=[3, 4, 5],
         lead="The steel drum band was rehearsing in the music room for the spring concert, and a few students who are not in the band were hanging around the doorway listening.",
         where="in the doorway of the music room", location="{school}, music room",
         decoys=["steel drum band"]),
    dict(key="sicilian", time="11:40", level="any",
         lead="The chess club was running its 'Sicilian Defense' lunchtime tournament in the library, with the bracket written on the whiteboard and about a dozen spectators.",
         where="at the tournament tables in the library", location="{school}, library",
         decoys=["Sicilian Defense"]),
    dict(key="irish_step", time="15:00", level="any",
         lead="The Irish step dance club had the small gym after school, and the floor was taped off for their routine, so students cutting through to the locker rooms had to walk along the wall.",
         where="along the wall of the small gym", location="{school}, small gym",
         decoys=["Irish step dance club"]),
    dict(key="snack_sale", time="12:15", level="any",
         lead="The student council was running a snack sale outside the cafeteria to raise money for prom: Swedish Fish and hot French fries from the kitchen for a dollar each.",
         where="at the snack-sale table outside the cafeteria", location="{school}, outside the cafeteria",
         decoys=["Swedish Fish", "French fries"]),
    dict(key="robotics", time="15:30", level="any",
         lead="The robotics team, which named this year's robot the Tokyo Drifter, was testing it in the second-floor hallway after school with cones set up along the lockers.",
         where="in the second-floor hallway by the robotics cones", location="{school}, second-floor hallway",
         decoys=["Tokyo Drifter"]),
    dict(key="interp_witness", time="10:15", level="any",
         lead="Mr. Baptiste, one of the district's staff interpreters, was in the building for a meeting on the third floor and happened to be walking past the stairwell when this started, so he was the first adult on the scene.",
         where="in the third-floor stairwell", location="{school}, third-floor stairwell",
         decoys=["staff interpreters"]),
    dict(key="liaison_desk", time="08:30", level="any",
         lead="Ms. Pires, our family liaison, who interprets for the main office, was at the front desk helping a visitor with a transportation form when this happened in the lobby, and she called for help on the radio.",
         where="in the main lobby by the security desk", location="{school}, main lobby",
         decoys=["interprets for the main office"]),
    dict(key="parish_gym", time="15:25", level="any",
         lead="While our gym floor is being refinished, the basketball team practices in the gym at St. Cecilia's parish hall, and the team walks over together with Coach Dwyer at 3:15.",
         where="in the parking lot of St. Cecilia's parish hall", location="St. Cecilia's parish hall parking lot (team practice site)",
         decoys=["St. Cecilia's parish hall"]),
]

# extra innocent sentences, appended to the staff-action paragraph of some cases
EXTRAS = [
    ("Coach Reilly, who was setting up for that night's home game, heard the shouting and came over to help.", "that night's home game"),
    ("The custodial crew had just mopped that area, so we moved everyone to the dry side of the hall.", "custodial crew"),
    ("Mr. Baptiste, one of the district's staff interpreters, was in the building for a meeting and held the door for the nurse.", "staff interpreters"),
    ("The hallway there is still lined with the flags from last month's International Week.", "International Week"),
    ("A sub from the world language department, who teaches Arabic and French, covered the class while I dealt with this.", "teaches Arabic and French"),
    ("The math club was playing Mexican Train dominoes in the next room and stayed put.", "Mexican Train dominoes"),
    ("The stage crew was building flats in the hallway, so we used the back stairs.", "stage crew"),
    ("The tech crew for the talent show was testing the sound system the whole time, which is why nobody in the auditorium heard anything.", "tech crew"),
    ("The nurse was at the Thanksgiving food drive table in the lobby, so the health aide responded first.", "Thanksgiving food drive"),
    ("Mr. Nguyen-Baker, the Portuguese teacher, helped me keep the other students back.", "the Portuguese teacher"),
]

# ----------------------------------------------------------------------------- incident cores
# allowed cores.  item: phrase for the staff-action paragraph (None = police already took it / no item)
CORES = [
    # ---- weapons
    dict(key="w_boxcutter", ground="weapon", weapon="box cutter", item="the box cutter", key_fact="box cutter",
         facts=["yellow box cutter", "an inch and a half"],
         text="{first} was {where}, sliding the blade of a yellow box cutter in and out while staring at another student, J.T. When a staff member asked {him} to hand it over, {first} put it in {his} hoodie pocket and walked toward the door. I met {him} in the hallway and {he} gave it to me without a struggle. The blade was extended about an inch and a half. {first} said {he} took it from the stockroom at {his} weekend job 'just in case,' because of a problem with J.T. that started on Instagram."),
    dict(key="w_folding", ground="weapon", weapon="knife", item="the knife", key_fact="folding knife",
         facts=["four-inch locking blade", "belt clip"],
         text="A student came to the dean's office and said {first} had been showing a knife to friends. {first} was {where} when SSS {sss} and I went to get {him}, and we asked {him} to bring {his} backpack. In the small front pocket was a black folding knife with a roughly four-inch locking blade and a belt clip. {first} said it belonged to {his} uncle and that {he} forgot it was in there, but two students separately told us {he} had opened it and said, 'I'm not playing with nobody today.'"),
    dict(key="w_razor", ground="weapon", weapon="razor blade", item="the razor blade", key_fact="razor blade",
         facts=["single-edge razor blade", "wrapped it in tape"],
         text="{first} and another student, D.M., had words {where}. {first} pulled a single-edge razor blade out from behind {his} phone case and held it up between two fingers, saying 'run it.' D.M. backed away and a teacher stepped in between them. No one was cut. SSS {sss} got the blade out of {first}'s hand, wrapped it in tape so nobody would get hurt carrying it, and brought it to the office."),
    dict(key="w_pepper", ground="weapon", weapon="pepper spray", item="the canister", key_fact="pepper spray",
         facts=["pink canister", "rinsed their eyes"],
         text="After an argument with a girl I will call K.L., {first} discharged a pink canister of pepper spray {where}. The spray hit K.L. and two students standing next to her in the face. All three were seen by the nurse and rinsed their eyes for several minutes, and one was picked up early by a parent. The canister is the keychain kind sold as self-defense spray, and SSS {sss} took it out of {first}'s hand right after."),
    dict(key="w_knucks", ground="weapon", weapon="brass knuckles", item="the brass knuckles", key_fact="brass knuckles",
         facts=["gold-colored brass knuckles", "inside pocket"],
         text="While {first} was taking off {his} jacket {where}, a set of gold-colored brass knuckles fell out of the inside pocket and hit the ground. Two students saw it and one said, 'yo, are those knucks?' {first} grabbed them and shoved them in {his} pants pocket. When SSS {sss} asked for them, {he} handed them over and said {he} ordered them online after getting jumped over the summer and carries them 'for the walk.'"),
    dict(key="w_stungun", ground="weapon", weapon="stun gun", item="the stun gun", key_fact="stun gun",
         facts=["shaped like a small flashlight", "crackled and sparked"],
         text="{first} took a black stun gun shaped like a small flashlight out of {his} bag {where}, pressed the button twice so it crackled and sparked between the prongs, then held it toward another student, T.B., and said, 'You want some?' T.B. stepped back and told a staff member. {first} put the device back in the bag before an adult reached {him}, and SSS {sss} took it from the bag a few minutes later. It still had a charge."),
    dict(key="w_pistol", ground="weapon", weapon="firearm", item=None, key_fact="pistol",
         facts=["no magazine", "wrapped in a gym towel"],
         text="A parent of another student called the main office to say her son had seen a gun in {first}'s backpack on the way in. {first} was {where} when SSS {sss} and I came to get {him}. Inside a zipped inner pocket of the backpack, wrapped in a gym towel, was a black semi-automatic pistol with no magazine in it. No ammunition was found in the bag, in {his} locker or on {him}. BPD school police took possession of the gun at the school; this is the school's written follow-up."),
    dict(key="w_kitchen", ground="weapon", weapon="knife", item="the knife", key_fact="kitchen knife",
         facts=["eight-inch kitchen knife", "wrapped in a paper towel"],
         text="A student told a teacher that {first} had 'a big knife' on {him}. {first} was {where} at the time, and SSS {sss} and I asked {him} to step out. When I asked whether {he} had anything on {him} that could hurt someone, {he} lifted {his} shirt and pulled an eight-inch kitchen knife with a wooden handle, wrapped in a paper towel, out of {his} waistband. {He} said two older boys had been waiting for {him} after school all week and {he} was tired of running."),
    dict(key="w_spring", ground="weapon", weapon="knife", item="the knife", key_fact="spring-assisted knife",
         facts=["three and a half inches", "pocket clip"],
         text="{first} was {where}, flicking a spring-assisted knife open and shut with one hand, loud enough that students around {him} turned to look at the snap. When a staff member told {him} to put it away, {he} pointed the open blade at the floor and said, 'Relax, it's not for you.' The knife has a silver blade about three and a half inches long and a black grip with a pocket clip."),
    dict(key="w_baton", ground="weapon", weapon="expandable baton", item="the baton", key_fact="expandable baton",
         facts=["deep dent", "swung it at a locker"],
         text="Another student reported that {first} had 'a metal stick' and was swinging it. By the time I got there {first} was {where} with a black expandable baton, collapsed, in {his} hand. A witness said {he} had snapped it out to full length and swung it at a locker, which now has a deep dent, while yelling at a student who had already walked away. {first} handed me the baton when I asked for it."),
    dict(key="w_machete", ground="weapon", weapon="machete", item="the machete", key_fact="machete", level="hs", min_grade=11,
         facts=["canvas sheath", "back seat"],
         text="During a routine walk of the student parking lot, SSS {sss} saw a machete in a canvas sheath lying on the back seat of the car {first} drives to school. We found {first} {where} and {he} came out and unlocked the car. {He} said {he} uses the machete for yard work at a relative's house and forgot it was there, but a classmate had told the SSS the day before that {first} said {he} would 'bring the big blade' if the trouble at the bus stop kept going."),
    dict(key="w_taser", ground="weapon", weapon="taser", item="the Taser", key_fact="Taser",
         facts=["probes caught", "cartridge wires"],
         text="During a dispute {where}, {first} pulled a yellow Taser from {his} jacket and fired it toward another student, A.P. One of the probes caught A.P.'s sweatshirt but did not reach the skin, and the nurse found only a small mark on the fabric. The cartridge wires were still attached when SSS {sss} took the Taser out of {first}'s hand."),
    dict(key="w_mace", ground="weapon", weapon="mace", item="the canister of Mace", key_fact="Mace",
         facts=["saline and a cold compress", "cleared for about fifteen minutes"],
         text="{first} sprayed a small canister of Mace {where} toward two students who had been laughing at {him}. One of them, N.S., was hit across the eyes and cheek and was treated by the nurse with saline and a cold compress. The area had to be cleared for about fifteen minutes because several other students were coughing, and one teacher's eyes were burning too."),
    dict(key="w_utility", needs="classroom", ground="weapon", weapon="box cutter", item="the utility knife", key_fact="utility knife",
         facts=["carving letters into the desktop", "come get it then"],
         text="{first} was {where} with a utility knife, blade fully extended, carving letters into the desktop. When the teacher asked for it, {first} stood up, held the knife out toward him and said, 'Come get it then.' The teacher backed off and called for the SSS, and after about a minute {first} dropped the knife on the desk and sat down."),
    dict(key="w_revolver", ground="weapon", weapon="firearm", item=None, key_fact="revolver",
         facts=["five rounds", "side entrance"],
         text="After a tip from a student, SSS {sss} did a bag check at the side entrance and found a small silver revolver in {first}'s backpack, loaded with five rounds. {first} had been {where} a short time before and had shown it to at least one other student. BPD officers came to the school and took the revolver, and this is the school's written report of what we know."),
    dict(key="w_steak", ground="weapon", weapon="knife", item="the knife", key_fact="steak knife",
         facts=["serrated steak knife", "left sock"],
         text="{first} was {where} when a student told a staff member that {he} had a knife. SSS {sss} asked {first} to come to the office and {he} came without trouble. On the way {he} stopped, bent down, pulled a serrated steak knife out of {his} left sock and handed it over handle first. {He} said {he} had been threatened on Snapchat the night before and did not feel safe walking past the corner store."),
    # ---- drugs
    dict(key="d_fentanyl", ground="drugs", substances=["fentanyl"], item="the bag", key_fact="fentanyl",
         facts=["six glassine folds", "blue crown"],
         text="{first} dropped a small zip bag {where}, and a staff member picked it up before {he} could. Inside were six glassine folds stamped with a blue crown. In the office {first} said they were 'fetty, not mine, I'm holding them for somebody' and asked if we could just throw them away. The nurse said the packaging is what she has seen with fentanyl, and none of the folds had been opened."),
    dict(key="d_m30", ground="drugs", substances=["counterfeit oxycodone pills (M30)"], item="the pill bottle", key_fact="M30",
         facts=["fourteen round blue pills", "no label"],
         text="A student told the counselor that {first} was selling 'percs' for twenty dollars each. {first} was {where} when SSS {sss} and I asked to speak with {him}. In {his} jacket pocket was a pill bottle with no label holding fourteen round blue pills stamped 'M30.' {first} said they were 'real thirties' from a friend's older brother. Nobody in the household has an oxycodone prescription, according to the family."),
    dict(key="d_cocaine", ground="drugs", substances=["cocaine"], item="the paper", key_fact="cocaine",
         facts=["folded lottery slip", "white powder"],
         text="A teacher saw {first} {where} passing a small folded piece of paper to another student in exchange for cash. When SSS {sss} asked both students to come to the office, {first} tried to put the paper in {his} mouth and then dropped it. It was a folded lottery slip holding white powder. {first} told the SSS it was cocaine and that {he} had 'like four more,' which {he} later took back."),
    dict(key="d_xanax", ground="drugs", substances=["Xanax (alprazolam), not prescribed"], item="the bag of pills", key_fact="Xanax",
         facts=["thirty white rectangular pills", "five dollars each"],
         text="{first} was found {where} with a sandwich bag of about thirty white rectangular pills scored into sections, which {he} called 'bars.' {He} said they were Xanax, that they were not prescribed to {him} or anyone {he} lives with, and that {he} sells them for five dollars each. A student who said she bought two earlier in the week was checked by the nurse and was alert."),
    dict(key="d_mdma", ground="drugs", substances=["MDMA"], item="the capsules", key_fact="MDMA",
         facts=["five clear capsules", "tan powder"],
         text="SSS {sss} saw {first} {where} hand another student five clear capsules of tan powder. {first} called them 'molly' and then said, when I asked directly, that it was MDMA and that {he} had bought them for a party that weekend. The other student gave the capsules back right away and is being handled separately."),
    dict(key="d_psilocybin", ground="drugs", substances=["psilocybin"], item="the chocolate bar", key_fact="psilocybin",
         facts=["mushroom chocolate bar", "six squares"],
         text="{first} was offering pieces of a mushroom chocolate bar to other students {where}. Six squares were missing from the wrapper. {He} told SSS {sss} that each square had psilocybin in it and that two students had already eaten one. Both were found and sent to the nurse; one was anxious and was picked up by a parent, and the other was fine."),
    dict(key="d_mixed_oxy", ground="drugs", substances=["marijuana", "oxycodone (not prescribed to the student)"], item="the pill case", key_fact="oxycodone",
         facts=["blister pack", "another person's name"],
         text="While we were looking for a missing phone, {first} emptied {his} bag {where}. There was a small bag of marijuana and, in a separate pill case, four oxycodone 10 mg tablets in a blister pack with a pharmacy label in another person's name. {first} said the pills were 'for a friend's back' and that {he} was not going to sell them. The tablets are not prescribed to {him}."),
    dict(key="d_mixed_coke", ground="drugs", substances=["vape", "cocaine"], item="the bag", key_fact="cocaine",
         facts=["twist-tied corner of a plastic bag", "rolled-up dollar bill"],
         text="{first} was vaping {where}, and when SSS {sss} asked for the vape {first} emptied {his} pockets onto the table. Along with the vape came the twist-tied corner of a plastic bag with white powder in it and a rolled-up dollar bill. {first} said the powder was cocaine and that it was the first time {he} had brought it to school."),
    dict(key="d_crack", ground="drugs", substances=["crack cocaine"], item="the pill bottle", key_fact="crack cocaine",
         facts=["off-white rocks", "glass stem"],
         text="Another student told a teacher that {first} had 'rocks' for sale. {first} was {where} when SSS {sss} brought {him} to the office. In {his} coat was an orange pill bottle with several small off-white rocks and a glass stem. {first} told us it was crack cocaine and that {he} was holding it for an older cousin."),
    dict(key="d_lsd", needs="campus", ground="drugs", substances=["LSD"], item="the blotter strip", key_fact="LSD",
         facts=["blotter paper", "cartoon suns"],
         text="A teacher confiscated a phone case from {first} {where} because {he} kept playing with it, and inside the case was a strip of blotter paper divided into small squares printed with cartoon suns. When I asked, {first} said it was LSD, that there were ten tabs, and that three classmates had asked to buy some. None of the tabs had been used at school as far as we know."),
    dict(key="d_meth", ground="drugs", substances=["methamphetamine"], item="the bag", key_fact="crystal meth",
         facts=["clear crystal shards", "burned foil"],
         text="{first} was {where} when SSS {sss} noticed {him} hiding something in {his} sleeve. It was a small bag of clear crystal shards and a piece of burned foil. {first} said it was crystal meth that an adult gave {him} and that {he} had not used it that day. The nurse checked {him}; {his} pulse was fast but {he} was otherwise alright."),
    dict(key="d_percocet", ground="drugs", substances=["Percocet (oxycodone), not prescribed"], item="the bag of tablets", key_fact="Percocet",
         facts=["vomited in the bathroom", "seven tablets"],
         text="A student who vomited in the bathroom told the nurse {he_o} had taken a pill {first} sold {him_o} {where}. When SSS {sss} and I spoke with {first}, {he} gave us a sandwich bag with seven tablets {he} said were Percocet from a relative's cabinet. They are not prescribed to {first}. The student who got sick was picked up and taken to the pediatrician."),
    # ---- serious violence
    dict(key="v_jaw", ground="serious_violence", item=None, key_fact="jaw",
         facts=["broken in two places", "wired shut"],
         text="{first} and another student, R.D., got into an argument {where} that turned physical. Witnesses say {first} threw the first punch and kept hitting R.D. after R.D. went down and was covering his face. R.D. was taken by EMS to Boston Medical Center, and his family told us the next day that his jaw was broken in two places and had to be wired shut."),
    dict(key="v_padlock", ground="serious_violence", item=None, key_fact="padlock",
         facts=["inside a sock", "nine staples"],
         text="{first} swung a combination padlock inside a sock {where} and hit another student, C.J., on the side of the head. C.J. had a deep cut above his ear that bled heavily; he was taken to the hospital and needed nine staples. A staff member grabbed the sock from {first} right after the second swing."),
    dict(key="v_scissors", ground="serious_violence", item=None, key_fact="scissors",
         facts=["left thigh", "kept overnight"],
         text="{first} stabbed another student, M.O., in the left thigh with a pair of classroom scissors {where} after M.O. grabbed {his} phone as a joke. The wound was about an inch deep. The nurse applied pressure and EMS took M.O. to Children's Hospital, where he got stitches and was kept overnight for observation."),
    dict(key="v_stomp", ground="serious_violence", item=None, key_fact="brain bleed",
         facts=["lost consciousness", "kicked T.W. in the head"],
         text="A fight broke out {where} between {first} and T.W. After T.W. slipped and fell, {first} kicked T.W. in the head twice. T.W. lost consciousness for about a minute. EMS took him to Boston Children's Hospital, where he was admitted with a small brain bleed, and his mother told us he is expected to stay at least two nights."),
    dict(key="v_stairs", ground="serious_violence", item=None, key_fact="fractured",
         facts=["half-flight of stairs", "two pins"],
         text="{first} was {where} when {he} saw J.F., followed him to the nearest stairs and shoved him from behind down the half-flight of stairs. J.F. landed on his right arm. His wrist was fractured and needed surgery with two pins, and the hospital also diagnosed a concussion. Two students who saw it both say J.F. never turned around."),
    dict(key="v_chair", ground="serious_violence", item=None, key_fact="orbital bone",
         facts=["metal folding chair", "below her left eye"],
         text="A staff member, Ms. E., was asking {first} to leave {where}, and {first} instead picked up a metal folding chair and swung it. The chair hit Ms. E. in the face. She was taken to the hospital, where they found a fractured orbital bone below her left eye, and she is out of work for at least two weeks."),
    dict(key="v_burn", ground="serious_violence", item=None, key_fact="second-degree burns",
         facts=["electric kettle", "neck and shoulder"],
         text="{first} had a cup of water that had just boiled in the electric kettle for {his} noodles, and {where}, during an argument, {he} threw it at another student, L.H. L.H. has second-degree burns on her neck and shoulder, was treated at the burn clinic, and will be out at least a week."),
    dict(key="v_nose", ground="serious_violence", item=None, key_fact="broken nose",
         facts=["two front teeth", "oral surgeon"],
         text="{first} walked up to D.K. {where} and punched him in the face without saying anything, then kept swinging after D.K. fell into a table. D.K. had a broken nose and two front teeth knocked out. His parents took him to an oral surgeon that afternoon. D.K. told us he had never spoken to {first} before."),
    dict(key="v_ear", ground="serious_violence", item=None, key_fact="bit A.R.",
         facts=["upper part of his left ear", "reattach"],
         text="During a fight {where}, {first} bit A.R. on the upper part of his left ear hard enough to tear it. There was a lot of blood. A.R. was taken to Mass Eye and Ear, where a surgeon had to reattach the torn tissue, and he will need a follow-up operation."),
    dict(key="v_skate", ground="serious_violence", item=None, key_fact="skull fracture",
         facts=["skateboard", "back of the head"],
         text="{first} hit O.P. with a skateboard across the back of the head {where} after O.P. bumped into {him}. O.P. collapsed and was vomiting. EMS took him to the hospital, where he was found to have a skull fracture, and he is still in the hospital as I write this."),
    # ---- credible threats
    dict(key="t_post", ground="credible_threat", item=None, key_fact="Instagram story",
         facts=["front entrance", "cousin's gun"],
         text="A student came to the front office visibly scared and showed me an Instagram story {first} posted the night before: a photo of our front entrance with the caption 'tomorrow everybody gonna remember 3rd period.' Two other students told SSS {sss} separately that {first} had been saying all week that {he} could get {his} cousin's gun. {first} was {where} when we asked {him} to come to the office. {He} said the post was 'a joke' but would not say what it meant.",
         threat="{first} posted a photo of the school's front entrance captioned 'tomorrow everybody gonna remember 3rd period' and has told at least two students this week that {he} can get {his} cousin's gun: a named time and place and claimed access to a firearm."),
    dict(key="t_list", needs="campus", ground="credible_threat", item=None, key_fact="KILL",
         facts=["five students' names", "drawing of a gun"],
         text="A teacher found a page torn from a notebook {where} with five students' names on it and the word 'KILL' written next to three of them, and a drawing of a gun at the bottom. The handwriting matches {first}'s classwork, and {first} admitted it was {his}. {He} said the three names were people who 'jumped' {his} friend and that they 'will see.'",
         threat="Handwritten list by {first} naming five students, three marked 'KILL', with a drawing of a gun. {He} admitted writing it and said the named students 'will see.'"),
    dict(key="t_shoot", needs="campus", ground="credible_threat", item=None, key_fact="metal detectors",
         facts=["shooting this place up", "dead serious"],
         text="{first} told a teacher, in front of the group {where}, 'Friday I'm bringing something and I'm shooting this place up, starting with this room.' When the teacher asked {him} to step out, {first} said, 'I'm dead serious, watch.' Two students said {first} had asked them earlier in the week which doors do not have metal detectors.",
         threat="{first} told a teacher in front of other students that on Friday {he} would bring 'something' and shoot up the school starting with that room, said 'I'm dead serious,' and had asked students which doors lack metal detectors."),
    dict(key="t_text", ground="credible_threat", item=None, key_fact="brother's knife",
         facts=["where your locker is", "you're done"],
         text="A student, G.M., showed SSS {sss} texts {first} sent her during lunch: 'I know where your locker is. Tomorrow I'm bringing my brother's knife and you're done.' G.M. stopped talking to {first} last week after an argument. {first} was {where} when we asked {him} to come down, and {he} said, 'I didn't mean it like that,' but would not say how {he} meant it.",
         threat="{first} texted a classmate, G.M., 'I know where your locker is. Tomorrow I'm bringing my brother's knife and you're done.'"),
    dict(key="t_bomb", needs="campus", ground="credible_threat", item=None, key_fact="BOMB IN THE BUILDING",
         facts=["torn from the same notebook", "bathroom stall"],
         text="A custodian found a note taped inside a bathroom stall that said 'BOMB IN THE BUILDING AT 1:00 EVERYBODY DIES.' The building was checked and nothing was found. A student told her teacher she had seen {first} writing the note {where} before {he} asked for the bathroom pass, and the paper was torn from the same notebook we found in {first}'s bag.",
         threat="Note left in a bathroom stall reading 'BOMB IN THE BUILDING AT 1:00 EVERYBODY DIES'; a student saw {first} write it and the paper matches {his} notebook."),
    dict(key="t_chat", ground="credible_threat", item=None, key_fact="folding knife",
         facts=["photo of a folding knife", "at the bus stop after school"],
         text="Several students showed a teacher a group-chat message from {first}: 'imma stab D.R. at the bus stop after school on god,' followed by a photo of a folding knife on a bed. {first} and D.R. fought last week. {first} was {where} when SSS {sss} found {him}, and no knife was found on {him} or in {his} locker.",
         threat="{first} wrote in a group chat that {he} would stab D.R. at the bus stop after school, with a photo of a folding knife; the two fought last week."),
    dict(key="t_map", needs="campus", ground="credible_threat", item=None, key_fact="map of the first floor",
         facts=["marked with X's", "day of"],
         text="A teacher picked up a sheet that fell out of {first}'s binder {where}. It was a hand-drawn map of the first floor with the main office, the cafeteria and two exits marked with X's, and a list titled 'day of' with times next to each item. A classmate told us {first} said last week that 'it's going to be on the news.'",
         threat="{first} drew a map of the school's first floor with the office, cafeteria and two exits marked, with a timed list titled 'day of', and told a classmate 'it's going to be on the news.'"),
    dict(key="t_car", needs="campus", ground="credible_threat", item=None, key_fact="burn your car",
         facts=["color and make of her car", "I know where you park"],
         text="After Ms. H. took {first}'s phone {where}, {first} told her, 'I know where you park. I'm gonna burn your car with you in it,' and then named the color and make of her car. Ms. H. has never told students what she drives. She was shaken and went home early.",
         threat="{first} told a teacher, 'I know where you park. I'm gonna burn your car with you in it,' and correctly described the teacher's car."),
    dict(key="t_snap", ground="credible_threat", item=None, key_fact="handgun",
         facts=["see you monday", "typed across it"],
         text="Students showed SSS {sss} a Snapchat video {first} posted in which {he} is holding what looks like a real black handgun, with the name of another student, O.V., typed across it and the words 'see you monday.' {first} and O.V. have been in a conflict since a fight {where} two weeks ago.",
         threat="{first} posted a video holding a handgun with another student's name and 'see you monday' typed across it; the two have an ongoing conflict."),
    dict(key="t_ammo", ground="credible_threat", item=None, key_fact="box of ammunition",
         facts=["finish it", "photo of the box"],
         text="{first} asked to see {his} counselor and told her, calmly, that {he} had bought a box of ammunition over the weekend and would 'finish it' with the students from the fight {where}, and showed her a photo of the box on {his} phone. {He} would not say where the gun was.",
         threat="{first} told a counselor {he} bought a box of ammunition and would 'finish it' with named students, showing a photo of the box."),
]

# ----------------------------------------------------------------------------- deny cores
DENY_CORES = [
    # ground not permitted
    dict(key="n_fight", reason="ground_not_permitted", ground="fight", item=None,
         text="{first} and another student, P.R., started pushing each other {where} after an argument about a seat. It turned into a short fight, maybe fifteen seconds, with a couple of punches thrown on both sides before SSS {sss} separated them. Neither student needed more than an ice pack; P.R. had a scratch on his cheek and {first} had a sore hand. Both calmed down within a few minutes."),
    dict(key="n_fight2", reason="ground_not_permitted", ground="fight", item=None,
         text="{first} and a classmate got into it {where} over something posted online. There was hair pulling and some slapping, and {first} ended up with a split lip. The nurse gave both of them ice and neither needed anything else. Both were sent home for the day and have a mediation meeting scheduled."),
    dict(key="n_theft", needs="campus", reason="ground_not_permitted", ground="theft", item=None,
         text="Three Chromebooks went missing from the charging cart. School video shows {first} {where} just before, and then walking off with a backpack that looked very full. Two of the Chromebooks were later found in {his} locker. {He} said {he} was 'holding them' for someone. The third one has not turned up."),
    dict(key="n_vandal", needs="campus", reason="ground_not_permitted", ground="vandalism", item=None,
         text="{first} was {where} shortly before {he} asked for a bathroom pass. Right after that, a custodian found fresh writing in black paint marker across both mirrors and three stall doors in the second-floor bathroom. It is nicknames and curse words; nobody was threatened. {first} had black marker on {his} fingers and admitted it."),
    dict(key="n_truancy", needs="campus", reason="ground_not_permitted", ground="truancy", item=None,
         text="{first} has missed 23 days this year, most of them in the last two months. Today {he} came in late without checking in and was found {where}. The attendance team has made home visits and sent the required letters, and the school would like help getting {him} to attend."),
    dict(key="n_trespass", needs="campus", reason="ground_not_permitted", ground="trespass", item=None,
         text="{first}, who withdrew from the school in January, came into the building through a side door someone had propped open and was found {where}, talking to friends. {He} left when asked and did not argue. Nobody was hurt and nothing was taken, but this is the third time."),
    dict(key="n_gang", reason="ground_not_permitted", ground="gang_activity", item=None,
         text="Over the last two weeks SSS {sss} has seen {first} {where} and in other places throwing hand signs with a small group of students, and the SRO believes {L}the signs are for the Wendell Ave Gang{R}. There has been no fight and no weapon, but staff are worried and want the police to know.",
         canaries=["Wendell Ave Gang"], cats=["gang_affiliation"]),
    dict(key="n_suspicious", reason="ground_not_permitted", ground="suspicious_behavior", item=None,
         text="{first} was seen walking through the faculty parking lot taking pictures of cars on {his} phone, then was found {where} a few minutes later. When asked, {he} said {he} was 'just looking.' Nothing was damaged and no one has reported a problem with a car."),
    dict(key="n_harass", reason="ground_not_permitted", ground="harassment", item=None,
         text="A student reported that {first} runs a fake account that posts edited photos of her with mean captions. {first} was {where} when we spoke to {him}, and {he} admitted making the account. There are no threats in the posts. The account has been reported to the platform."),
    # excluded substances
    dict(key="x_vape", reason="excluded_substance", ground="drugs", substances=["vape"], item="the vape",
         text="{first} was {where}, and staff noticed a sweet smell and a cloud when {he} exhaled into {his} sleeve. SSS {sss} asked for the device and {first} handed over a blue disposable vape. It has no label that says what is in it, and {first} said, 'It's just a vape.'"),
    dict(key="x_thc", reason="excluded_substance", ground="drugs", substances=["THC cartridge"], item="the cartridge",
         text="A teacher saw {first} {where} passing a small device to another student. It was a vape battery with a THC cartridge labeled with a strain name. {first} said it was {his} and the other student did not use it. No one appeared impaired."),
    dict(key="x_edibles", reason="excluded_substance", ground="drugs", substances=["cannabis edibles"], item="the package",
         text="{first} shared gummies {where} from a package labeled '100mg THC' with two friends. One of the friends got dizzy and went to the nurse, who called home. {first} said the gummies came from an older sibling and that {he} didn't know they were that strong."),
    dict(key="x_alcohol", reason="excluded_substance", ground="drugs", substances=["alcohol"], item="the bottles",
         text="SSS {sss} smelled alcohol on {first} {where} and asked to check {his} bag with me present. There were four nip bottles of vodka, two of them empty. {first} was unsteady and was seen by the nurse, and {he} was picked up early."),
    dict(key="x_pouches", reason="excluded_substance", ground="drugs", substances=["nicotine pouches"], item="the tin",
         text="{first} was handing out nicotine pouches from a tin {where} to other students. {He} had two more tins in {his} backpack. {He} said {he} buys them at a store that does not check ID."),
    dict(key="x_blunt", reason="excluded_substance", ground="drugs", substances=["marijuana"], item="the bag",
         text="{first} was caught {where} rolling a blunt, with a small bag of weed on {his} lap. The smell was obvious. {He} admitted it was {his} and said {he} was going to smoke it after school."),
    dict(key="x_seltzer", reason="excluded_substance", ground="drugs", substances=["hard seltzer"], item="the cans",
         text="{first} had two cans of hard seltzer in a lunch bag {where}, one of them open and half gone. {He} offered one to a friend in front of a teacher. {He} was not visibly drunk but admitted drinking before school."),
    dict(key="x_juul_wax", needs="campus", reason="excluded_substance", ground="drugs", substances=["Juul pods", "THC wax"], item="the items",
         text="A bag check {where} turned up a Juul with three pods and a small jar of THC wax in {first}'s backpack. {He} said the Juul is {his} and the wax belongs to a friend. Nothing was being sold."),
    # replica, BB, airsoft
    dict(key="r_airsoft", reason="other", ground="weapon", weapon="airsoft pistol", item="the airsoft pistol",
         text="{first} pulled a black airsoft pistol out of {his} backpack {where} and pointed it at the ceiling, laughing. From a distance it looks exactly like a real handgun, and the orange tip had been colored over with marker. Students ran. SSS {sss} took it from {him} and confirmed it was airsoft, with a few plastic pellets in the magazine."),
    dict(key="r_bb", reason="other", ground="weapon", weapon="BB gun", item="the BB gun",
         text="A student told a teacher that {first} had a gun. SSS {sss} found {first} {where}, and in {his} bag was a CO2 BB gun with a tin of copper BBs. {first} said {he} uses it for target practice at a relative's place. No one was threatened with it."),
    dict(key="r_replica", reason="other", ground="weapon", weapon="replica handgun", item="the replica",
         text="{first} was showing other students a replica handgun {where}: a metal non-firing model made to look like a real pistol. Two students were frightened and told staff. {first} gave it to SSS {sss} right away and said {he} bought it at a flea market."),
]

# face surveillance denials (categories include face_surveillance)
FACE_CORES = [
    dict(cats=["face_surveillance"], key="f_lobby", reason="face_surveillance", ground="weapon", weapon="knife", item="the knife",
         attachments=[{"kind": "face_match", "name": "facetrace_match_report.pdf"}],
         canaries=["FaceTrace", "96.2%"],
         text="A student was seen on the lobby camera carrying what looked like a knife. Because the image was blurry, our security vendor ran the still through {L}its FaceTrace matching tool, which returned {first}'s ID photo as a 96.2% match{R}. {first} was then found {where}, and a folding knife with a three-inch blade was in {his} backpack."),
    dict(cats=["face_surveillance"], key="f_photos", reason="face_surveillance", ground="serious_violence", item=None,
         attachments=[{"kind": "photo", "name": "grade9-10_id_photos.zip"}],
         canaries=[],
         text="A student was beaten {where} by three others and needed stitches above his eye. He did not know their names. The district detective asked us to send the ninth- and tenth-grade ID photos so that the video can be {L}run against them with face recognition software{R}, and the photo set is attached. {first} is one of the students staff believe may have been involved."),
    dict(cats=["face_surveillance"], key="f_mbta", reason="face_surveillance", ground="drugs", substances=["fentanyl"], item="the bag",
         attachments=[{"kind": "face_match", "name": "transit_candidate_list.csv"}],
         canaries=["candidate #2", "score 0.89"],
         text="A transit camera system flagged {first} {L}as a face-recognition hit (candidate #2, score 0.89){R} for a person seen selling pills near the station. The next day {first} was stopped {where}, and SSS {sss} found a bag with six glassine folds that the nurse believes are fentanyl."),
    dict(cats=["face_surveillance"], key="f_clearid", reason="face_surveillance", ground="credible_threat", item=None,
         attachments=[{"kind": "face_match", "name": "clearid_candidates.csv"}],
         canaries=["ClearID"],
         threat="An anonymous account posted that it would 'shoot whoever is at the front door Monday'; the account's profile picture was matched to {first}.",
         text="An anonymous account posted that it would 'shoot whoever is at the front door Monday.' The account's profile picture was put through {L}ClearID, which listed {first} as the top candidate{R}. {first} was spoken to {where} and denied it."),
    dict(cats=["face_surveillance"], key="f_template", needs="campus", reason="face_surveillance", ground="weapon", weapon="box cutter", item="the box cutter",
         attachments=[{"kind": "face_template", "name": "face_template_export.bin"}, {"kind": "document", "name": "incident_statement.pdf"}],
         canaries=["face_template_export"],
         text="{first} was found {where} with a box cutter, the blade out, after a threat in the hallway. The camera vendor also generated {L}a face template of {first} from the hallway video so the system can alert if {he} enters the building again{R}, and it is attached for the police."),
]

RECIPIENT_DENY = ["bric", "ice/ero-boston", "dhs/hsi", "cbp", "commonwealth-fusion-center", "fbi/boston",
                  "private-security/northgate-mall"]

# ----------------------------------------------------------------------------- staff actions and follow-up
ACT_ITEM = [
    "I secured {item} in the locked cabinet in the main office and logged it on the property sheet with the time. SSS {sss} stayed with {first} in the conference room until the end of the period, and {he} was calm and answered questions.",
    "SSS {sss} and I put {item} in an envelope, sealed and initialed the envelope, and locked it in the safe in the head of school's office. {first} sat with the SSS in the office and did not try to leave.",
    "With SSS {sss} present, and following the search protocol, I checked {first}'s locker and backpack. Nothing else was found. I locked {item} in the safe, and nobody else has handled the evidence since.",
    "SSS {sss} brought {item} straight to the main office, where I photographed the evidence on the desk next to a ruler and locked everything up. {first} was kept in the office for the rest of the day.",
    "{first} was walked to the office by SSS {sss}. I wrote down what {he} said in {his} own words, as close to exactly as I could, and {he} signed the statement. I put {item} in the office safe.",
    "The SSS radioed the main office and I came down. I bagged and labeled {item}, and the safe is holding the evidence for the police liaison. The other students were sent back to class and their names are in my separate notes.",
    "Once we had secured {item}, SSS {sss} and I walked {first} to the nurse to be checked because {he} said {he} felt sick, and the nurse found nothing wrong. {He} stayed in the office until pickup.",
]
ACT_PERSON = [
    "SSS {sss} separated the students and walked {first} to the main office, where {he} stayed with the SSS until pickup. The other students involved gave written statements before lunch.",
    "I took {first} into the conference room with SSS {sss} and asked {him} to write out what happened. {He} wrote half a page and then stopped and said {he} didn't want to say anything else.",
    "The nurse and I stayed with the injured student until help arrived. SSS {sss} kept {first} in the dean's office, and three student witnesses wrote statements that are in the school file.",
    "Our building manager saved the hallway video and is holding it for the liaison officer. SSS {sss} stayed with {first}, who was quiet and kept asking whether {he} was being arrested.",
    "SSS {sss} and I spoke to {first} together. {He} did not deny any of it and said {he} 'was done being played with.' {He} was kept in the office for the rest of the day.",
    "I notified the head of school right away, and SSS {sss} stayed with {first} in the office while I took statements from the two adults who saw it.",
]
FOLLOW = [
    "I reached {parent} by phone at {pt}. {Pp} came in that afternoon, was told about the suspension hearing, and took {first} home.",
    "{parent} was called at {pt} and picked {first} up at the front desk. A safety-plan meeting is set for next week, and the student support team will follow up.",
    "I left a voicemail for {parent} at {pt} and reached {ppo} on the second try. The emergency removal paperwork was given to the family, and {first} is out pending a hearing.",
    "{parent} came to pickup at dismissal and met with me and the head of school for about twenty minutes. {first} is suspended pending the hearing, and the counselor will check in with {him} when {he} returns.",
    "I spoke with {parent} at {pt}. The family was told about the hearing and about their right to see the school's records, and {first} left with {ppo} at the end of the day.",
    "{parent} was notified at {pt} and asked good questions about what happens next. I explained the suspension process and that the school police liaison would receive this report.",
    "{parent} arrived at {pt}, upset but polite, and sat with {first} in the conference room for a while before they left together.",
    "The family was notified by phone at {pt}. {first} will not return until after the hearing, and the counselor is putting together work packets.",
]
PAD = [
    "Everything above is based on what I saw myself, what the SSS told me right after, and the written statements; where I quote a student I have tried to use their exact words.",
    "No other students were hurt, and classes went on normally for the rest of the day after the area was cleared.",
    "I have kept my handwritten notes and the student statements in the discipline file in case they are needed.",
]

# ----------------------------------------------------------------------------- forbidden asides
# (key, categories, text, canaries, slot)  slot: core | act | follow | threat
ASIDES = [
    # immigration status
    ("i_asylum", ["immigration_status"], "At pickup {parent} asked twice whether a police report could {L}affect the family's asylum case{R}, and I said someone from central office would follow up.", ["asylum"], "follow"),
    ("i_nopapers", ["immigration_status"], "{first}'s father did not come to the building; the cousin who picked {first} up said {L}the father is undocumented{R} and avoids anywhere with a sign-in desk.", ["undocumented"], "follow"),
    ("i_daca", ["immigration_status"], "While {he} was waiting in the office, the only question {first} asked was whether this would {L}mess up {his} DACA renewal{R}.", ["DACA"], "act"),
    ("i_greencard", ["immigration_status"], "The family was hard to reach that morning because {parent} was {L}at a green card interview{R} and had the phone turned off.", ["green card"], "follow"),
    ("i_tps", ["immigration_status"], "{parent} said at dismissal that the family is already under a lot of stress because {L}their TPS status runs out in the spring{R}.", ["TPS status"], "follow"),
    ("i_visa", ["immigration_status"], "A classmate told me {first} had been upset all week because {L}{his} older brother's visa was denied{R}.", ["visa was denied"], "core"),
    ("i_refugee", ["immigration_status"], "{L}The family's refugee resettlement caseworker{R} also called the main office that afternoon to ask what happened.", ["refugee resettlement"], "follow"),
    ("i_permit", ["immigration_status"], "{first} said {he} cannot lose {his} after-school job because {L}{his} work permit is still pending{R} and the family needs the money.", ["work permit"], "act"),
    # national origin
    ("n_praia", ["national_origin"], "{first} told the SSS that {L}back home in Praia{R} nobody would have made a big deal about something like this.", ["Praia"], "act"),
    ("n_guatemala", ["national_origin"], "{parent} said at pickup that {first} has had a hard year {L}since they arrived from Guatemala in August{R}.", ["Guatemala"], "follow"),
    ("n_pap", ["national_origin"], "The one person {first} asked us to call was {his} grandmother, {L}who is still in Port-au-Prince{R}.", ["Port-au-Prince"], "act"),
    ("n_santodomingo", ["national_origin"], "A teacher who knows the family mentioned that {first} was {L}born in Santo Domingo and only came here in sixth grade{R}.", ["Santo Domingo"], "core"),
    ("n_honduras", ["national_origin"], "The SSS noted that {first}, {L}who came from Honduras last year{R}, had not been in any trouble before this.", ["Honduras"], "act"),
    ("n_nairobi", ["national_origin"], "{parent} mentioned the family had planned to spend the summer {L}with relatives in Nairobi, where {first} was born{R}.", ["Nairobi"], "follow"),
    ("n_mogadishu", ["national_origin"], "{first}'s older brother, who came to the office, said {L}both of them were born in Mogadishu{R} and that {first} has never been in trouble.", ["Mogadishu"], "follow"),
    ("n_brazil", ["national_origin"], "{first} told the SSS that {L}in Minas Gerais, where {he} grew up{R}, {he} never had to deal with kids like this.", ["Minas Gerais"], "act"),
    # ethnicity
    ("e_capeverdean", ["ethnicity"], "One witness described the other group only as {L}'the Cape Verdean kids' and said {first} is one of them{R}.", ["Cape Verdean"], "core"),
    ("e_haitian", ["ethnicity"], "{parent} said at pickup that {L}as a Haitian family{R} they have never had police at the house and did not want to start now.", ["Haitian family"], "follow"),
    ("e_dominican", ["ethnicity"], "The bus monitor's written statement refers to {first} as {L}'the Dominican {kid}'{R}, which is how I first knew who she meant.", ["Dominican"], "act"),
    ("e_somali", ["ethnicity"], "{first}'s aunt, who came in, said {L}the family is Somali{R} and that {first} had been teased about it all year.", ["Somali"], "follow"),
    ("e_latino", ["ethnicity"], "The emergency-card printout we pulled to get the parent's number lists {first} as {L}'Hispanic/Latino'{R} in the race field.", ["Hispanic/Latino"], "act"),
    ("e_vietnamese", ["ethnicity"], "The other student's mother said the trouble started because {L}{first} is Vietnamese and the boys make fun of {his} eyes{R}.", ["Vietnamese"], "core"),
    ("e_ethiopian", ["ethnicity"], "A staff member who knows {him} described {first} as {L}'one of the Ethiopian kids from the soccer team'{R}.", ["Ethiopian"], "act"),
    ("e_race", ["ethnicity"], "The SSS's handwritten notes describe {first} as {L}a light-skinned Black {mf}{R} in a gray hoodie.", ["light-skinned Black"], "act"),
    # religion
    ("r_ramadan", ["religion"], "{first} was tired and short-tempered that afternoon, and a friend mentioned {he} had been {L}fasting for Ramadan{R} all week.", ["Ramadan"], "core"),
    ("r_mosque", ["religion"], "{parent} could not come in until after six because of {L}evening services at their mosque{R}.", ["mosque"], "follow"),
    ("r_pastor", ["religion"], "{L}The youth pastor from the family's church, Iglesia Pentecostal Fuente de Vida,{R} came in with {parent} for the meeting.", ["youth pastor", "Pentecostal", "Fuente de Vida"], "follow"),
    ("r_kosher", ["religion"], "Earlier, at lunch, {first} had traded away the pepperoni pizza {L}because {he} keeps kosher{R}, which is how the argument with the other student started.", ["kosher"], "core"),
    ("r_sabbath", ["religion"], "{parent} asked that we not call on Saturday because {L}the family keeps the Sabbath{R}.", ["Sabbath"], "follow"),
    ("r_jw", ["religion"], "According to {parent}, {L}{first} was raised a Jehovah's Witness{R} and has never been in a fight before.", ["Jehovah"], "follow"),
    ("r_prayer", ["religion"], "{first} had stepped away a little earlier {L}for {his} midday prayer{R} and had only just come back when this happened.", ["midday prayer"], "core"),
    ("r_puja", ["religion"], "{parent} had been at {L}the Diwali puja at their temple{R} and came as soon as the message came through.", ["puja"], "follow"),
    # neighborhood
    ("h_hailey", ["neighborhood"], "{first} usually walks home {L}to the Mildred Hailey apartments{R} with the two other students involved.", ["Mildred Hailey"], "core"),
    ("h_columbia", ["neighborhood"], "{parent} said {first} was {L}staying at the grandmother's place on Columbia Road{R} that week.", ["Columbia Road"], "follow"),
    ("h_bromley", ["neighborhood"], "The SRO said he knows the family {L}from the Bromley-Heath development, where they live{R}.", ["Bromley-Heath"], "act"),
    ("h_harvard", ["neighborhood"], "{first} said {he} had been late that morning because the bus {L}from {his} house on Harvard Street in Mattapan{R} never came.", ["Harvard Street", "Mattapan"], "core"),
    ("h_franklin", ["neighborhood"], "The counselor said {L}the family moved into the Franklin Field apartments in January{R}, and {first} has been coming in late since then.", ["Franklin Field"], "follow"),
    ("h_bowdoin", ["neighborhood"], "{parent} asked that nothing be mailed home for now because {L}the family just moved to an apartment on Bowdoin Street{R} and the mailbox has no name on it yet.", ["Bowdoin Street"], "follow"),
    ("h_zip", ["neighborhood"], "{first} gave the SSS {L}{his} home address, 18 Fessenden Street, 02126{R}, when asked where {he} could be reached.", ["Fessenden", "02126"], "act"),
    ("h_orchard", ["neighborhood"], "{first} told the SSS that everyone at {L}{his} building in Lenox Street{R} already heard about it.", ["Lenox Street"], "act"),
    # language
    ("l_cvinterp", ["language"], "The statement was taken later than planned because we were {L}waiting for the Cape Verdean interpreter{R}, and {first} signed it at about noon.", ["Cape Verdean"], "act"),
    ("l_creole", ["language"], "{parent} {L}only speaks Haitian Creole, so the call home went through the district's language line{R}.", ["Haitian Creole", "language line"], "follow"),
    ("l_sei", ["language"], "{first} is {L}an English learner in the SEI strand and asked for the questions to be repeated slowly{R}.", ["English learner", "SEI strand"], "act"),
    ("l_viet", ["language"], "The call to {parent} was made {L}in Vietnamese by Mr. Tran, the family liaison{R}.", ["in Vietnamese"], "follow"),
    ("l_spanish", ["language"], "{L}Because {parent} reads only Spanish, the suspension letter went home in both languages{R}.", ["only Spanish", "both languages"], "follow"),
    ("l_somali", ["language"], "{first} answered our questions {L}in Somali through the interpreter{R}.", ["in Somali", "through the interpreter"], "act"),
    ("l_ell", ["language"], "{L}{first}'s ELL teacher{R}, Ms. Gomes, was the one who noticed something was wrong and walked {him} down.", ["ELL teacher"], "act"),
    ("l_cantonese", ["language"], "{parent} asked for {L}a Cantonese interpreter{R} for the hearing.", ["Cantonese"], "follow"),
    # gang affiliation
    ("g_dale", ["gang_affiliation"], "The SRO added that {L}{first} is known as an associate of the Dale Street crew{R}.", ["Dale Street"], "act"),
    ("g_csg", ["gang_affiliation"], "The SSS noted {L}a 'CSG' tattoo on {first}'s wrist, which he said stands for Castle Gate{R}.", ["CSG", "Castle Gate"], "act"),
    ("g_wendover", ["gang_affiliation"], "A witness said the argument was really about {L}{first} repping Wendover in a music video{R}.", ["repping Wendover"], "core"),
    ("g_heath", ["gang_affiliation"], "According to the SRO, {L}{first}'s older brother is a known member of the Heath Street Gang{R}.", ["Heath Street Gang"], "act"),
    ("g_colors", ["gang_affiliation"], "{first} had on {L}the all-blue outfit and blue flag that other students said are the Lenox crew's colors{R}.", ["Lenox crew", "blue flag"], "core"),
    ("g_hblock", ["gang_affiliation"], "The SRO's notes say {L}{first} was flagged last year as 'associate - H-Block'{R}.", ["H-Block"], "act"),
    ("g_orchard", ["gang_affiliation"], "{first} told the SSS that {L}{he} rolls with Orchard Park{R} and that people at school 'know not to mess with' {him}.", ["Orchard Park", "rolls with"], "core"),
    # placed inside the threat statement
    ("t_gang", ["gang_affiliation"], "The SRO adds that {L}{first} claims the Wendell Street crew{R}.", ["Wendell Street crew"], "threat"),
    ("t_home", ["neighborhood"], "{first} and the other students involved all {L}live in the Lenox Street development{R}.", ["Lenox Street"], "threat"),
]

# structured forbidden student fields: (fields, canaries, categories)
STRUCT = [
    ({"ethnicity": "Cape Verdean"}, ["Cape Verdean"], ["ethnicity"]),
    ({"home_language": "Haitian Creole", "interpreter_needed": True}, ["Haitian Creole"], ["language"]),
    ({"address": {"street": "47 Wendover St", "city": "Boston", "zip": "02125"}}, ["Wendover", "02125"], ["neighborhood"]),
    ({"country_of_birth": "Guatemala", "us_entry_date": "2024-08-19"}, ["Guatemala", "2024-08-19"], ["national_origin"]),
    ({"religion": "Muslim"}, ["Muslim"], ["religion"]),
    ({"race": "Black or African American"}, ["African American"], ["ethnicity"]),
    ({"ell_status": "EL - SEI Spanish", "eld_level": 2}, ["SEI Spanish"], ["language"]),
    ({"immigration_status": "asylum pending"}, ["asylum pending"], ["immigration_status"]),
    ({"sro_flag": "associate - H-Block"}, ["H-Block"], ["gang_affiliation"]),
    ({"housing": "Mission Main", "zip": "02120"}, ["Mission Main", "02120"], ["neighborhood"]),
    ({"nationality": "Dominican Republic"}, ["Dominican Republic"], ["national_origin"]),
    ({"parent_language": "Vietnamese"}, ["Vietnamese"], ["language"]),
]
INNOCENT_FIELDS = [{"homeroom": "214"}, {"counselor": "Ms. Ferreira"}, {"locker": "2-117"},
                   {"sis_source": "Aspen"}, {"advisory": "Room 305"}, {"iep": False}, {}]


# ----------------------------------------------------------------------------- helpers
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


class Conflict(Exception):
    pass


def school_days():
    d, end, out = dt.date(2025, 9, 8), dt.date(2026, 6, 12), []
    closed = [(dt.date(2025, 11, 26), dt.date(2025, 11, 28)), (dt.date(2025, 12, 22), dt.date(2026, 1, 2)),
              (dt.date(2026, 2, 16), dt.date(2026, 2, 20)), (dt.date(2026, 4, 20), dt.date(2026, 4, 24))]
    while d <= end:
        if d.weekday() < 5 and not any(a <= d <= b for a, b in closed):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


DAYS = school_days()
SATURDAYS = [dt.date(2025, 9, 13) + dt.timedelta(days=7 * k) for k in range(10)]


def offset(d):
    return "-05:00" if dt.date(2025, 11, 2) <= d < dt.date(2026, 3, 8) else "-04:00"


def pick_date(setting, n):
    if setting.get("date"):
        return dt.date.fromisoformat(setting["date"])
    if setting.get("weekday") == 5:
        pool = [d for d in SATURDAYS if d.month in setting.get("months", range(1, 13))]
    else:
        pool = [d for d in DAYS if d.month in setting.get("months", range(1, 13))]
        if "weekday" in setting:
            pool = [d for d in pool if d.weekday() == setting["weekday"]]
        if "weekday_in" in setting:
            pool = [d for d in pool if d.weekday() in setting["weekday_in"]]
    return pool[(n * 37 + 11) % len(pool)]


def hm(t):
    h, m = map(int, t.split(":"))
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def later(t, mins):
    h, m = map(int, t.split(":"))
    tot = min(h * 60 + m + mins, 19 * 60 + 40)
    return hm(f"{tot // 60}:{tot % 60:02d}")


def strip_marks(s):
    return s.replace(L, "").replace(R, "")


def police_text(s):
    return re.sub(L + ".*?" + R, "[WITHHELD]", s, flags=re.S)


def spans(s):
    return re.findall(L + "(.*?)" + R, s, flags=re.S)


def fmt(text, ctx):
    return text.format(**ctx)


ABBREV = {"mr", "ms", "mrs", "dr", "st", "sss", "a.m", "p.m"}


def insert_after_first_sentence(par, sentence):
    for m in re.finditer(r"[.!?]['\"]?(\s+)(?=[A-Z])", par):
        before = par[:m.start()]
        word = re.split(r"\s", before)[-1].lower().strip("('\"")
        if word in ABBREV or re.fullmatch(r"[a-z]|[a-z]\.[a-z]", word):
            continue
        cut = m.start(1)
        return par[:cut] + " " + sentence + par[cut:]
    return par + " " + sentence


OFF_CAMPUS = {"patty_shop", "polling", "baptist_stop", "homegame", "rowing", "jackson", "mfa_egypt", "mattapan_lib",
              "egleston", "chinatown", "bakery", "parish_gym"}
CLASSROOM = {"hist_ottoman", "geo_horn", "spanish3", "french2", "aphg", "haitian_rev", "cape_verde_quiz", "asl",
             "world_religions", "ela", "mexican_train", "allright_gang", "gangbox", "model_un"}


def setting_fits(setting, core):
    need = core.get("needs")
    if need == "campus" and setting["key"] in OFF_CAMPUS:
        return False
    if need == "classroom" and setting["key"] not in CLASSROOM:
        return False
    return True


def school_ok(setting, core, school):
    if setting and not setting_fits(setting, core):
        return False
    name, _, kind, _ = school
    lvl = setting.get("level", "any") if setting else "any"
    clvl = core.get("level", "any")
    grades = GRADES[kind]
    if setting and setting.get("only") and name not in setting["only"]:
        return False
    if setting and name in setting.get("exclude", []):
        return False
    if setting and setting.get("grade") and setting["grade"] not in grades:
        return False
    if core.get("min_grade") and not any(g >= core["min_grade"] for g in grades):
        return False
    if "hs" in (lvl, clvl) and not any(g >= 9 for g in grades):
        return False
    if lvl == "k8" and not any(g <= 8 for g in grades):
        return False
    return True


def pick_grade(setting, core, school, n):
    grades = GRADES[school[2]]
    if setting and setting.get("grade"):
        return setting["grade"]
    lvl = setting.get("level", "any") if setting else "any"
    if "hs" in (lvl, core.get("level", "any")):
        grades = [g for g in grades if g >= 9]
    if lvl == "k8":
        grades = [g for g in grades if g <= 8]
    if core.get("min_grade"):
        grades = [g for g in grades if g >= core["min_grade"]]
    return grades[n % len(grades)]


def dob_for(grade, n):
    # grade g in 2025-26: born Sep (2019-g) .. Aug (2020-g)
    start = dt.date(2019 - grade, 9, 1)
    return (start + dt.timedelta(days=(n * 53 + 17) % 360)).isoformat()


# ----------------------------------------------------------------------------- case builder
def build(n, core, setting, *, aside=None, struct=None, extra=None, recipient=None, tags=(),
          deny_reason=None, threat_mode="present", innocent_field=None, school_shift=0):
    gender = "m" if n % 2 == 0 else "f"
    first = (BOYS if gender == "m" else GIRLS)[(n * 7 + 3) % (len(BOYS) if gender == "m" else len(GIRLS))]
    last = SURNAMES[(n * 11 + 5) % len(SURNAMES)]
    schools = [s for s in SCHOOLS if school_ok(setting, core, s)]
    school = schools[(n * 5 + school_shift) % len(schools)]
    sname, sid, kind, district = school
    grade = pick_grade(setting, core, school, n)
    rel, pp, ppo = RELS[n % len(RELS)]
    writer, role = WRITERS[n % len(WRITERS)]
    sss = SSS[(n * 3) % len(SSS)]
    he, him, his = ("he", "him", "his") if gender == "m" else ("she", "her", "her")
    d = pick_date(setting, n)
    t = setting["time"]
    ctx = dict(first=first, he=he, him=him, his=his, He=he.capitalize(), His=his.capitalize(),
               sss=sss, where=setting["where"], parent=f"{first}'s {rel}", Pp=pp.capitalize(), pp=pp, ppo=ppo,
               kid="boy" if gender == "m" else "girl", mf="male" if gender == "m" else "female",
               he_o="he", him_o="him", L=L, R=R, school=sname, writer=writer, role=role,
               day=f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}", t=hm(t), pt=later(t, 35 + (n % 4) * 20))
    item = core.get("item")
    ctx["item"] = item or ""
    ctx["Item"] = (item[0].upper() + item[1:]) if item else ""

    opener = fmt(OPENERS[n % len(OPENERS)], ctx)
    lead = fmt(setting["lead"], ctx)
    core_p = fmt(core["text"], ctx)
    acts = ACT_ITEM if item else ACT_PERSON
    act_p = fmt(acts[(n * 3 + 1) % len(acts)], ctx)
    foll_p = fmt(FOLLOW[(n * 5 + 2) % len(FOLLOW)], ctx)
    threat = None
    if core["ground"] == "credible_threat" and threat_mode == "present":
        threat = fmt(core["threat"], ctx)
    elif threat_mode == "empty":
        threat = ""

    categories, canaries = list(core.get("cats", [])), list(core.get("canaries", []))
    if aside:
        akey, acats, atext, acan, slot = aside
        sentence = fmt(atext, ctx)
        if slot == "core":
            core_p = insert_after_first_sentence(core_p, sentence) if n % 2 else core_p + " " + sentence
        elif slot == "act":
            act_p = insert_after_first_sentence(act_p, sentence) if n % 2 == 0 else act_p + " " + sentence
        elif slot == "follow":
            foll_p = insert_after_first_sentence(foll_p, sentence) if n % 3 else foll_p + " " + sentence
        elif slot == "threat":
            if not threat:
                raise Conflict("threat aside without threat statement")
            threat = threat + " " + sentence
        categories += acats
        canaries += acan
    extra_phrase = None
    if extra is not None:
        act_p = act_p + " " + fmt(extra[0], ctx)
        extra_phrase = extra[1]

    sep = "\n\n" if n % 3 else " "
    parts = [opener + " " + lead, core_p, act_p, foll_p]
    desc_marked = sep.join(parts)
    pad_i = 0
    while len(strip_marks(desc_marked)) < 640 and pad_i < len(PAD):
        desc_marked += sep + PAD[(n + pad_i) % len(PAD)]
        pad_i += 1
    desc = strip_marks(desc_marked)
    if not (600 <= len(desc) <= 2000):
        raise Conflict(f"length {len(desc)}")

    student = {"student_id": str(300000 + (n * 7919) % 600000), "name": f"{first} {last}",
               "date_of_birth": dob_for(grade, n), "grade": grade, "school": sname}
    if innocent_field:
        student.update(innocent_field)
    if struct:
        fields, scan, scats = struct
        student.update(fields)
        canaries += scan
        categories += scats

    req = {"request_id": None, "school_id": sid, "recipient": recipient or (district if n % 4 else "bpd"),
           "ground": core["ground"]}
    if core.get("substances"):
        req["substances"] = core["substances"]
    if core.get("weapon"):
        req["weapon"] = core["weapon"]
    if threat is not None:
        req["threat_statement"] = strip_marks(threat)
    req["incident"] = {"occurred_at": f"{d.isoformat()}T{t}:00{offset(d)}",
                       "location": fmt(setting["location"], ctx), "description": desc}
    req["student"] = student
    if core.get("attachments"):
        req["attachments"] = core["attachments"]
    elif n % 5 == 0:
        req["attachments"] = [{"kind": "document", "name": f"statement_{first.lower()}_{d.isoformat()}.pdf"}]

    # ----- labels
    decision = "deny" if deny_reason else "allow"
    police_desc = police_text(desc_marked)
    police_threat = police_text(threat) if threat else ""
    released = " ".join([police_desc, police_threat, req["incident"]["location"], req["school_id"], req["recipient"],
                         req["ground"], req.get("weapon", ""), " ".join(req.get("substances", [])),
                         " ".join(str(student[k]) for k in ("student_id", "name", "date_of_birth", "grade", "school"))])
    all_spans = spans(desc_marked) + (spans(threat) if threat else [])
    if aside and not spans(fmt(aside[2], ctx)):
        raise Conflict("aside without span")
    whole = fold(json.dumps(req, ensure_ascii=False))
    for c in canaries:
        if fold(c) not in whole:
            raise Conflict(f"canary {c!r} not in request")
        if fold(c) in fold(released):
            raise Conflict(f"canary {c!r} leaks into ideal police copy")
    for c in (aside[3] if aside else []) + list(core.get("canaries", [])):
        att = " ".join(a["name"] for a in core.get("attachments", []))
        if not any(fold(c) in fold(sp) for sp in all_spans) and fold(c) not in fold(att):
            raise Conflict(f"canary {c!r} outside marked spans")
    must_contain, must_text = [], []
    if decision == "allow":
        must_contain = [student["name"], sname, core["key_fact"]]
        decoys = [fmt(x, ctx) for x in setting["decoys"]]
        if extra_phrase:
            decoys = decoys[:2] + [extra_phrase]
        must_text = decoys[:3]
        for f in core["facts"]:
            if len(must_text) >= 3:
                break
            must_text.append(fmt(f, ctx))
        for s in must_contain:
            if fold(s) not in fold(released):
                raise Conflict(f"must_contain {s!r} not in ideal police copy")
        for s in must_text:
            if fold(s) not in fold(police_desc):
                raise Conflict(f"must_contain_text {s!r} not in ideal redacted description")
    cats = []
    for c in categories:
        if c not in cats:
            cats.append(c)
    exp = {"decision": decision}
    if deny_reason:
        exp["reason"] = deny_reason
    exp.update({"must_not_contain": canaries, "must_contain": must_contain, "must_contain_text": must_text,
                "categories": cats, "tags": [FAMILY] + list(tags) + [f"setting_{setting['key']}", f"core_{core['key']}"]})
    return req, exp


# ----------------------------------------------------------------------------- plan
def main():
    allowed = CORES
    by_ground = {g: [c for c in CORES if c["ground"] == g] for g in ("weapon", "drugs", "serious_violence", "credible_threat")}
    out = []

    def add(tags, **kw):
        n = len(out) + 1
        req_exp = None
        last_err = None
        core0 = kw.pop("core")
        sidx = kw.pop("sidx")
        settings_order = SETTINGS[sidx % len(SETTINGS):] + SETTINGS[:sidx % len(SETTINGS)]
        for tries, st in enumerate(settings_order):
            if not any(school_ok(st, core0, s) for s in SCHOOLS):
                continue
            try:
                req_exp = build(n, core0, st, tags=tags, **kw)
                break
            except Conflict as e:
                last_err = e
                # an extra sentence may itself conflict: try again without it on the next setting
                continue
        if req_exp is None:
            raise SystemExit(f"case {n}: no consistent setting ({last_err})")
        req, exp = req_exp
        cid = f"{PREFIX}-{n:04d}"
        req["request_id"] = cid
        out.append({"id": cid, "request": req, "expect": exp})

    # interleave the plan so that decisions are mixed through the file
    clean_cores = [c for i in range(4) for c in allowed[i::4]]  # spread grounds
    plan = []
    # 67 allowed, no forbidden facts (precision-heavy)
    for i in range(67):
        plan.append(("clean", i))
    # 45 allowed with forbidden facts
    for i in range(45):
        plan.append(("forb", i))
    # 38 denials
    for i in range(38):
        plan.append(("deny", i))
    # deterministic interleave: 67 / 45 / 38 -> round robin with weights
    order, ci, fi, di = [], 0, 0, 0
    for k in range(150):
        # choose the stream whose share is most behind
        shares = {"clean": (ci, 67), "forb": (fi, 45), "deny": (di, 38)}
        kind = min((s for s in shares if shares[s][0] < shares[s][1]),
                   key=lambda s: (shares[s][0] + 0.5) / shares[s][1])
        if kind == "clean":
            order.append(("clean", ci)); ci += 1
        elif kind == "forb":
            order.append(("forb", fi)); fi += 1
        else:
            order.append(("deny", di)); di += 1

    text_asides = [a for a in ASIDES if a[4] != "threat"]
    threat_asides = [a for a in ASIDES if a[4] == "threat"]
    # allowed-with-forbidden: 40 text asides (8 of them also with a structured field) + 5 structured only
    forb_specs = []
    # round-robin over categories so each category appears across the file
    cats_order = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
                  "gang_affiliation"]
    buckets = {c: [a for a in text_asides if a[1][0] == c] for c in cats_order}
    rr = []
    while any(buckets.values()):
        for c in cats_order:
            if buckets[c]:
                rr.append(buckets[c].pop(0))
    allow_asides, deny_asides = rr[:38], rr[38:]
    for j, a in enumerate(allow_asides):
        struct = None
        if j % 5 == 2:
            identity = {"ethnicity", "language", "national_origin"}
            a_id = bool(set(a[1]) & identity)
            fits = [st for st in STRUCT if bool(set(st[2]) & identity) != a_id]
            struct = fits[j % len(fits)]
        forb_specs.append(dict(aside=a, struct=struct))
    for a in threat_asides:
        forb_specs.append(dict(aside=a, struct=None, threat=True))
    for j in range(5):
        forb_specs.append(dict(aside=None, struct=STRUCT[(j * 5 + 3) % len(STRUCT)]))
    assert len(forb_specs) == 45, len(forb_specs)
    # spread structured-only and threat-slot specs through the list
    forb_specs = forb_specs[0::3] + forb_specs[1::3] + forb_specs[2::3]

    deny_specs = []
    ng = [c for c in DENY_CORES if c["reason"] == "ground_not_permitted"]
    ex = [c for c in DENY_CORES if c["reason"] == "excluded_substance"]
    rp = [c for c in DENY_CORES if c["reason"] == "other"]
    for c in ng:
        deny_specs.append(dict(core=c, reason=c["reason"], tag="deny_ground"))
    for c in ex:
        deny_specs.append(dict(core=c, reason=c["reason"], tag="deny_substance"))
    rec_cores = [by_ground["weapon"][1], by_ground["drugs"][0], by_ground["weapon"][11], by_ground["drugs"][2],
                 by_ground["weapon"][4], by_ground["serious_violence"][1], by_ground["drugs"][3]]
    for c, r in zip(rec_cores, RECIPIENT_DENY):
        deny_specs.append(dict(core=c, reason="recipient_not_permitted", tag="deny_recipient", recipient=r))
    for k, c in enumerate(by_ground["credible_threat"][:6]):
        deny_specs.append(dict(core=c, reason="missing_threat_statement", tag="deny_threat_missing",
                               threat_mode="empty" if k == 3 else "absent"))
    for c in FACE_CORES:
        deny_specs.append(dict(core=c, reason="face_surveillance", tag="deny_face"))
    for c in rp:
        deny_specs.append(dict(core=c, reason="other", tag="deny_replica"))
    assert len(deny_specs) == 38, len(deny_specs)
    # denials carrying forbidden asides: spread the 12 leftover asides across denials that have none
    # (face cores and the gang-ground core already carry their own)
    carriers = [k for k, s in enumerate(deny_specs) if not s["core"].get("canaries") and s["core"]["key"] != "f_photos"]
    step = max(1, len(carriers) // len(deny_asides))
    for m, a in enumerate(deny_asides):
        deny_specs[carriers[(m * step + 1) % len(carriers)]]["aside"] = a
    deny_specs = deny_specs[0::4] + deny_specs[1::4] + deny_specs[2::4] + deny_specs[3::4]

    for kind, i in order:
        if kind == "clean":
            core = clean_cores[(i * 7) % len(clean_cores)] if i >= len(clean_cores) else clean_cores[i]
            extra = EXTRAS[i % len(EXTRAS)] if i % 3 == 1 else None
            add(["precision", f"g_{core['ground']}"], core=core, sidx=i * 11, extra=extra,
                innocent_field=INNOCENT_FIELDS[i % len(INNOCENT_FIELDS)])
        elif kind == "forb":
            spec = forb_specs[i]
            if spec.get("threat"):
                core = by_ground["credible_threat"][(i * 3) % len(by_ground["credible_threat"])]
            else:
                core = clean_cores[(i * 5 + 3) % len(clean_cores)]
            tags = ["subtle_forbidden", f"g_{core['ground']}"]
            if spec["struct"]:
                tags.append("structured_field")
            add(tags, core=core, sidx=i * 7 + 4, aside=spec["aside"], struct=spec["struct"])
        else:
            spec = deny_specs[i]
            add(["deny", spec["tag"], f"g_{spec['core']['ground']}"], core=spec["core"], sidx=i * 13 + 2,
                aside=spec.get("aside"), recipient=spec.get("recipient"), deny_reason=spec["reason"],
                threat_mode=spec.get("threat_mode", "present"))

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")

    # summary
    from collections import Counter
    dec = Counter(c["expect"]["decision"] for c in out)
    rs = Counter(c["expect"].get("reason") for c in out if c["expect"]["decision"] == "deny")
    cats = Counter(k for c in out for k in c["expect"]["categories"])
    kinds = Counter(c["expect"]["tags"][1] for c in out)
    lens = [len(c["request"]["incident"]["description"]) for c in out]
    print(f"wrote {len(out)} cases to {OUT}")
    print("decisions:", dict(dec))
    print("kinds:", dict(kinds))
    print("deny reasons:", dict(rs))
    print("categories:", dict(cats))
    print("description length min/max:", min(lens), max(lens))


if __name__ == "__main__":
    main()
