/**
 * Common English given names, so "Sarah wants a quote" offers Sarah as a contact while "Globex wants a
 * quote" stays a customer. Curated by hand rather than read from a package: no name-lexicon package is a
 * declared dependency (faker's 3,000-name list sits in node_modules only as a transitive test helper and
 * holds brand-like words). Names that are also common company or product words (Wayne, Dell, Ford,
 * Chase, Mercedes, Tesla, Jaguar, Apple) and
 * names that are also everyday words a sentence may open with (Will, Mark, Bill, Sue, Grace, Jack) or places (Austin, Jordan, Victoria) are left out on purpose: a wrong person is worse than none.
 */
const NAMES = `
Aaron Abby Adam Adrian Aiden Alan Albert Alex Alexa Alexander Alexis Alice Alicia Alison Allison Amanda Amber Amelia Amy
Andrea Andrew Andy Angela Anna Anne Anthony Ashley Ava Barbara Becky Ben Benjamin Beth Betty Billy Blake Bob Brad
Bradley Brandon Brenda Brian Brittany Bruce Bryan Caleb Cameron Carl Carla Carlos Carol Caroline Carrie Cassie Catherine Charles
Charlie Charlotte Chloe Chris Christian Christina Christine Christopher Cindy Claire Claudia Colin Connor Craig Cynthia Dan Daniel
Danielle Danny Dave David Debbie Deborah Dennis Derek Diana Diane Dominic Donald Donna Doug Douglas Dylan Ed Eddie Edward
Elena Elizabeth Ella Ellen Emily Emma Eric Erica Erin Ethan Eva Evan Fiona Frank Gabriel Gary Gavin Gemma George Greg
Gregory Hannah Harry Heather Helen Henry Holly Ian Isaac Isabel Isabella Jackie Jacob Jake James Jamie Jane Janet Jason
Jeff Jeffrey Jenn Jenna Jennifer Jenny Jeremy Jerry Jessica Jim Jimmy Joan Joe Joel John Johnny Jon Jonathan
 Jose Joseph Josh Joshua Judy Julia Julian Julie Justin Karen Kate Katherine Kathy Katie Kayla Keith Kelly Ken Kevin
Kim Kimberly Kyle Laura Lauren Leah Leo Linda Lisa Liz Lori Louis Lucas Lucy Luis Luke Lydia Maggie Marc Marco Margaret
Maria Marie Martha Martin Mary Matt Matthew Megan Melissa Mia Michael Michelle Mike Mila Molly Monica Nancy Naomi Natalie
Nate Nathan Neil Nick Nicholas Nicole Nina Noah Olivia Oliver Oscar Owen Pam Pamela Patricia Patrick Paul Paula Peter Phil
Philip Priya Rachel Raj Rebecca Richard Rick Rob Robert Robin Roger Ron Ronald Ruth Ryan Sally Sam
Samantha Samuel Sandra Sara Sarah Scott Sean Sharon Shawn Sofia Sophia Sophie Stephanie Stephen Steve Steven Susan Tanya
Tara Ted Teresa Terry Tim Timothy Tina Todd Tom Tommy Tony Tracy Travis Tyler Valerie Vanessa Victor Vince Vincent
Walter Wendy William Zach Zoe
`;

const FIRST_NAMES = new Set(NAMES.split(/\s+/u).filter(Boolean));

/** True for a capitalized common English given name ("Sarah"), never for a lower-case word ("will", "mark"). */
export function isEnglishFirstName(word: string): boolean {
  return FIRST_NAMES.has(word);
}
