"""Which organisation a short or partial name stands for: short forms (极驰 for 极驰汽车), subsidiaries named
after their parent (晶毅車電), Han names of organisations registered with a Latin name, and short names that begin
two full ones.
"""
from __future__ import annotations

from bisect import bisect_left, insort

from talentdb.extract.names.chars import _is_han, _suffixes_ending_in
from talentdb.extract.names.spans import _starting_with
from talentdb.extract.text import longest_first


class OrgAliases:
    """Short and partial names tied to the organisation they stand for."""

    def _short_forms(self) -> None:
        """"极驰汽车…极驰曾获得…极驰前三季度": a Han name without its organisation word ([shape] han_suffixes), used on
        its own at least twice, is that organisation's short name (on a clash, ``_rehome_short_names`` keeps the one
        introduced first: "晶毅科技…晶毅旗下子公司晶毅車電" leaves 晶毅 to 晶毅科技)."""
        from talentdb.extract.validate import fix_org

        f = self.folded
        keys = self.orgs.keys
        generic = set(self.lex.org_generic)
        ordered = sorted(keys)  # the keys that start with a given one are a run of this list
        for k in list(keys):
            if not (k and _is_han(k[0]) and _is_han(k[-1])):
                continue
            suf = next((x for x in _suffixes_ending_in(self.lex.org_han_suffixes, k[-1])
                        if k.endswith(x) and len(k) - len(x) >= 2), None)
            if suf is None:
                continue
            short = k[:-len(suf)]
            glossed = keys[k].isascii()  # "和嶼生物(Heyu Biotherapeutics)": a sure name, whatever its first character
            if short in keys or short in generic or short in self.people.keys or fix_org(short) is None or \
                    (not glossed and (short[0] in self._not_first_in_org or any(c in self._not_in_org for c in short))):
                continue
            longer = [o for o in _starting_with(ordered, short) if o != short]
            alone = 0
            i = f.find(short)
            while i >= 0 and alone < 2:
                if not any(f.startswith(o, i) for o in longer) and not (i > 0 and _is_han(f[i - 1]) and
                                                                         f[i - 1] not in self._not_in_org):
                    alone += 1
                i = f.find(short, i + 1)
            if alone >= 2:
                self.orgs.add(keys[k], self.text[f.find(short):f.find(short) + len(short)], short)
                insort(ordered, short)  # (not a key before: see above)

    def _subsidiary_names(self) -> None:
        """"晶毅旗下子公司晶毅車電今年1月完成…": after a subsidiary word, a known short name with more to it, up to a
        word that ends a name, is the subsidiary's own name, not the parent's."""
        f = self.folded
        keys = self.orgs.keys
        for _, i in self._find(self.lex.org_subsidiary_matcher):
            short = next((k for k in sorted(keys, key=longest_first) if len(k) >= 2 and f.startswith(k, i)), None)
            if short is None:
                continue
            for k in range(len(short) + 1, len(short) + 5):
                e = i + k
                if e > len(f) or not _is_han(f[e - 1]) or f[e - 1] in self._not_in_org or self._ender_at(e - 1):
                    break
                if e == len(f) or not _is_han(f[e]) or self._ender_at(e) or f[e] in self._not_in_org:
                    cand = f[i:e]
                    if cand not in keys and cand not in self.people.keys:
                        self.orgs.add(self.text[i:e], None, cand)
                    break

    def _latin_canon_for_tails(self) -> None:
        """"匯泓銀行…虛擬銀行匯泓銀行(WeHong Bank)": a Han name found on its own that ends a longer span registered
        with its Latin name is that organisation (the Latin name is canonical), not a second one."""
        keys = self.orgs.keys
        backwards = None  # the keys spelt backwards, sorted: those that end with a given one are a run of it
        for k, canon in list(keys.items()):
            if len(k) < 2 or not _is_han(k[0]) or canon.isascii():
                continue
            if backwards is None:
                backwards = sorted(o[::-1] for o in keys)  # (the loop changes what keys point to, not which keys)
            enders = [b[::-1] for b in _starting_with(backwards, k[::-1])]
            latin = {keys[o] for o in enders if len(o) > len(k) and keys[o].isascii()}
            if len(latin) != 1:
                continue
            target = latin.pop()
            for o, c in list(keys.items()):
                if c == canon:
                    keys[o] = target
            self.orgs.canon.setdefault(target, set()).update(self.orgs.canon.pop(canon, set()) | {canon})

    def _rehome_short_names(self) -> None:
        """A short name that begins two registered full names ("母公司甲乙科技…子公司甲乙電子…甲乙表示") stands for the
        one introduced first (on a tie, the longer one), not whichever was found last."""
        from talentdb.extract.text import fold
        f = self.folded
        keys = self.orgs.keys
        ordered = sorted(keys)  # the loop changes what keys point to, never which keys there are
        for short, canon in list(keys.items()):
            if len(short) < 2:
                continue
            i = bisect_left(ordered, short)  # (where ``short`` itself is: the longer keys it begins follow it)
            if i + 1 >= len(ordered) or not ordered[i + 1].startswith(short):
                continue
            fulls = [k for k in _starting_with(ordered, short) if len(k) > len(short)]
            alone = _is_han(short[0]) and fold(canon) == short
            if len(fulls) < (1 if alone else 2):
                continue
            placed = [(f.find(k), -len(k), k) for k in fulls if f.find(k) >= 0]
            if not placed:
                continue
            best = min(placed)[2]
            if alone:
                # "晶毅科技…晶毅表示": a Han name found on its own that begins a full name named earlier is its alias
                i = f.find(short)
                while i >= 0 and any(f.startswith(k, i) for k in fulls):
                    i = f.find(short, i + 1)
                if keys[best] == canon or 0 <= i < f.find(best):
                    continue  # the short name was used first: a name of its own
                keys[short] = keys[best]
                shown = self.orgs.canon.pop(canon, set())
                self.orgs.canon.setdefault(keys[best], set()).update(shown | {self.text[f.find(short):f.find(short) + len(short)]})
                continue
            if keys[best] != canon:
                keys[short] = keys[best]
                alias = self.orgs.canon.get(canon, set())
                shown = [a for a in alias if fold(a) == short]
                for a in shown:
                    alias.discard(a)
                    self.orgs.canon.setdefault(keys[best], set()).add(a)
