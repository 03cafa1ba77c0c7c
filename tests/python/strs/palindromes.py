def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "race a car", "", "Was it a car or a cat I saw?"]])
def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in (i, i + 1):
            lo, hi = i, j
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
print(longest_pal("babadracecarxyz"), longest_pal("cbbd"))
