"""First names that name women or men: the given names of the United States census
lists (as published in the Faker package, MIT licence), less those given to both.

A pronoun's antecedent must agree with the gender a first name says: "Tom Hale said the
board fired Anna Berg. She said ..." is Anna Berg. Names of other languages are absent:
a person of an unlisted first name has no gender here. The lists are taken as published,
not chosen: given names that are also surnames ("Russell", "Craig", "Dale") are in them as
given names, and only a person's first word is looked up.
"""

from __future__ import annotations

_FEMALE = """
    abigail adriana adrienne aimee alejandra alexa alexandra alexandria alice alicia
    alisha alison allison alyssa amanda amber amy ana andrea angela angelica angie anita
    ann anna anne annette april ariana ariel ashlee ashley audrey autumn bailey barbara
    becky belinda beth bethany betty beverly bianca bonnie brandi brandy breanna brenda
    briana brianna bridget brittany brittney brooke caitlin caitlyn candace candice
    carla carly carmen carol caroline carolyn carrie cassandra cassidy cassie catherine
    cathy charlene charlotte chelsea chelsey cheryl cheyenne chloe christie christina
    christine christy cindy claire claudia colleen connie courtney cristina crystal
    cynthia daisy dana danielle darlene dawn deanna debbie deborah debra denise desiree
    destiny diamond diana diane dominique donna doris dorothy ebony eileen elaine
    elizabeth ellen emily emma erica erika erin evelyn faith felicia frances gabriela
    gabriella gabrielle gail gina glenda gloria grace gwendolyn hailey haley hannah
    hayley heather heidi helen holly isabel isabella jackie jaclyn jacqueline jade jane
    janet janice jasmin jasmine jean jeanette jeanne jenna jennifer jenny jessica jill
    jillian jo joan joann joanna joanne jocelyn jodi jody joy joyce judith judy julia
    julie kaitlin kaitlyn kara karen kari karina karla katelyn katherine kathleen
    kathryn kathy katie katrina kayla kaylee kelli kellie kelsey kendra kerri kiara kim
    kimberly kirsten krista kristen kristi kristie kristin kristina kristine kristy
    krystal kylie lacey latasha latoya laura lauren laurie leah linda lindsay lindsey
    lisa loretta lori lorraine lydia lynn mackenzie madeline madison makayla mallory
    mandy marcia margaret maria mariah marie marilyn marisa marissa martha mary maureen
    mckenzie meagan megan meghan melanie melinda melissa melody mercedes meredith mia
    michaela michele michelle mikayla mindy miranda misty molly monica monique morgan
    nancy natalie natasha nichole nicole nina norma olivia paige pam pamela patricia
    patty paula peggy penny phyllis priscilla rachael rachel raven rebecca rebekah
    regina renee rhonda rita roberta robin robyn rose ruth sabrina sally samantha sandra
    sandy sara sarah savannah selena shari sharon shawna sheena sheila shelby shelia
    shelley shelly sheri sherri sherry sheryl shirley sierra sonia sonya sophia stacey
    stacie stacy stefanie stephanie sue summer susan suzanne sydney sylvia tabitha
    tamara tami tammie tammy tanya tara tasha teresa terri theresa tiffany tina toni
    tonya tracey traci tracie tricia valerie vanessa veronica vicki vickie victoria
    virginia wanda wendy whitney yesenia yolanda yvette yvonne zoe
"""

_MALE = """
    aaron adam adrian alan albert alec alejandro alex alexander alfred allen alvin andre
    andres andrew anthony antonio arthur austin barry benjamin bernard bill billy blake
    bob bobby brad bradley brady brandon brendan brent brett brian bruce bryan bryce
    caleb calvin cameron carl carlos cesar chad charles chase chris christian
    christopher clarence clayton clifford clinton cody cole colin collin colton connor
    corey cory craig cristian curtis dakota dale dalton damon dan daniel danny darin
    darius darrell darren darryl daryl dave david dean dennis derek derrick devin devon
    dillon dominic don donald douglas drew duane dustin dwayne dylan earl eddie edgar
    eduardo edward edwin elijah eric erik ernest ethan eugene evan fernando francis
    francisco frank franklin fred frederick gabriel garrett gary gavin gene geoffrey
    george gerald gilbert glen glenn gordon grant greg gregg gregory guy harold harry
    hayden hector henry herbert howard hunter ian isaac isaiah ivan jack jackson jacob
    jake james jared jason javier jay jeff jeffery jeffrey jeremiah jeremy jermaine
    jerome jerry jesse jesus jim jimmy joe joel john johnathan johnny jon jonathan
    jonathon jorge jose joseph joshua juan julian justin karl keith kenneth kent kevin
    kirk kristopher kurt kyle lance larry lawrence lee leon leonard leroy levi logan
    lonnie louis lucas luis luke malik manuel marc marco marcus mario mark martin marvin
    mason mathew matthew maurice max maxwell melvin michael micheal miguel mike mitchell
    nathan nathaniel neil nicholas nicolas noah norman omar oscar parker patrick paul
    pedro perry peter philip phillip preston ralph randall randy ray raymond reginald
    ricardo richard rick rickey ricky riley robert roberto rodney roger ronald ronnie
    ross roy ruben russell ryan samuel scott sean sergio seth shane shaun shawn spencer
    stanley stephen steve steven stuart tanner terrance terrence theodore thomas tim
    timothy todd tom tommy tony travis trevor tristan troy tyler tyrone vernon victor
    vincent walter warren wayne wesley william willie wyatt xavier zachary
"""

FEMALE_FIRST_NAMES: frozenset[str] = frozenset(_FEMALE.split())
MALE_FIRST_NAMES: frozenset[str] = frozenset(_MALE.split())


def first_name_gender(name: str) -> str | None:
    """The gender of a first name listed for one only ("Anna", "Tom"), else None."""
    folded = name.casefold()
    if folded in FEMALE_FIRST_NAMES:
        return "female"
    if folded in MALE_FIRST_NAMES:
        return "male"
    return None
