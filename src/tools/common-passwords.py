#!/usr/bin/env python3
"""Writes src/main/resources/accounts/common-passwords.txt: the passwords attackers try first.

Composed for Fourmilière, copied from no list: the weak passwords that security reports name year after year
(sequences, keyboard walks, "password", "motdepasse", names of seasons and teams…), common English and French
words people use as passwords, each alone and with the endings people add (digits, years, "!"), and generated
patterns (repeated characters, digit runs, dates). Licence: the project's (AGPL-3.0-or-later).
"""
import itertools, pathlib

WORDS = """password passwort motdepasse motdepass mot2passe secret admin administrator administrateur root toor
user utilisateur login welcome bienvenue letmein iloveyou jetaime jetadore monamour amour love lover loveme
qwerty azerty qwertz asdf asdfgh asdfghjkl zxcvbn zxcvbnm qazwsx qweasd wxcvbn poiuytreza azertyuiop qwertyuiop
dragon monkey master shadow sunshine princess football baseball soccer hockey basketball superman batman
trustno1 starwars pokemon pikachu naruto minecraft fortnite whatever freedom hello bonjour salut coucou
charlie michael jordan jennifer daniel thomas nicolas julien camille marie sophie pierre louis lucas
chocolate chocolat soleil loulou doudou chouchou nounours titi toto tata tutu papa maman famille
bonheur liberte france paris marseille lyon montreal quebec canada canadiens habs nordiques
cooperative collectif coop fourmi fourmiliere fourmis solidarite syndicat travail travailleur
summer winter spring autumn printemps automne hiver ete january february juillet decembre
computer internet google facebook twitter instagram linkedin microsoft windows apple samsung
changeme changezmoi default defaut temp temporary test testing demo guest invite access acces
abc abcd abcde abcdef abcdefg abcdefgh abc123 a1b2c3 aaa zzz xxx qwe asd zxc
killer hunter ranger tigger ginger pepper cookie butterfly flower fleur rose lily daisy
matrix mustang corvette ferrari porsche mercedes harley yamaha
blink182 metallica nirvana eminem beatles
cheese coffee cafe banane banana orange pomme apple cherry
dallas london berlin madrid rome tokyo
jesus christ angel ange diable devil heaven paradise
hockey1 canadien lemieux gretzky
""".split()

BASE = """123456 1234567 12345678 123456789 1234567890 0123456789 987654321 9876543210 111111 1111111
11111111 000000 00000000 121212 123123 123321 654321 666666 696969 112233 123654 147258369 159753
123456a 123456789a 1q2w3e 1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1qazxsw2 zaq12wsx qwerty123 azerty123 password1
password123 passw0rd p@ssw0rd p@ssword pa55word motdepasse1 azertyuiop123 iloveyou1 admin123 admin1234
letmein1 welcome1 abc12345 qwertyui qwerty12 aa123456 a123456 a12345678 000000000 q1w2e3r4 q1w2e3r4t5
1234qwer qwer1234 asdf1234 zxcv1234 12qwaszx 1234abcd abcd1234
""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "01", "007", "69", "99", "00", "2", "3", "@", "#1", "*"]
YEARS = [str(y) for y in range(1950, 2031)]


def main():
    out = set(BASE)
    for w in WORDS:
        for s in SUFFIXES:
            out.add(w + s)
            out.add(w.capitalize() + s)
        for y in YEARS:
            out.add(w + y)
            out.add(w + y[2:])
    for c in "abcdefghijklmnopqrstuvwxyz0123456789!@#$%*":
        for n in range(4, 21):
            out.add(c * n)
    digits = "01234567890123456789"
    for start in range(10):
        for n in range(6, 13):
            out.add(digits[start:start + n])
            out.add(digits[start:start + n][::-1])
    for y in range(1940, 2031):
        for m in range(1, 13):
            out.add(f"{m:02d}{y}")
            out.add(f"{y}{m:02d}")
    walks = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn", "1qaz2wsx3edc", "qazwsxedc"]
    for w in walks:
        for n in range(6, len(w) + 1):
            out.add(w[:n])
    body = sorted(x.lower() for x in out if len(x) >= 4)
    header = [
        "# The passwords attackers try first: a new password is refused when it is one of these (without case), or",
        "# one of these with digits and signs added at its ends. Composed for Fourmilière by src/tools/common-passwords.py",
        "# from widely reported weak passwords, common English and French words with the endings people add, and",
        "# generated patterns (repeated characters, digit runs, month-year dates, keyboard rows); copied from no list.",
        "# Licence: the project's (AGPL-3.0-or-later).",
    ]
    path = pathlib.Path(__file__).resolve().parents[1] / "main/resources/accounts/common-passwords.txt"
    path.write_text("\n".join(header + sorted(set(body))) + "\n", encoding="utf-8")
    print(path, len(set(body)))


main()
