/// Chinese typography: the punctuation a Chinese edition's text takes, and where its lines may break.
///
/// Text typed on a Latin keyboard carries ASCII punctuation (`,`, `:`, `(`); in Chinese copy
/// each mark beside a Chinese character takes its full-width form (`，`, `：`, `（`), which
/// carries its own spacing. Marks between Latin words and numbers (`3.8×`, `1,000`) are left alone.
public enum ChineseTypography {
    /// Full-width forms of the ASCII marks that follow a word.
    private static let trailing: [Character: Character] = [",": "，", ":": "：", ";": "；", "!": "！", "?": "？", ".": "。"]

    /// `text` with ASCII punctuation beside Chinese characters in its full-width form: a
    /// trailing mark after a Chinese character (`,` `:` `;` `!` `?`, and `.` at the end of a
    /// sentence), and a pair of parentheses that holds or follows Chinese text. The spaces an
    /// ASCII mark needed after or around it go: the full-width form has its own.
    public static func fullWidthPunctuation(_ text: String) -> String {
        let characters = Array(text)
        var result: [Character] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let afterChinese = result.last.map(isChinese) ?? false
            if afterChinese, let wide = trailing[character] {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // A full stop only ends a sentence: not inside `3.8` or `a.b`.
                if character != "." || next == nil || next == " " {
                    result.append(wide)
                    index += 1
                    while index < characters.count && characters[index] == " " { index += 1 }
                    continue
                }
            }
            if character == "(", let close = characters[(index + 1)...].firstIndex(of: ")"),
               !characters[(index + 1)..<close].contains("("),
               afterSpaceChinese(result) || characters[(index + 1)..<close].contains(where: isChinese) {
                while result.last == " " { result.removeLast() }
                result.append("（")
                result.append(contentsOf: characters[(index + 1)..<close])
                result.append("）")
                index = close + 1
                while index < characters.count && characters[index] == " " { index += 1 }
                continue
            }
            result.append(character)
            index += 1
        }
        return String(result)
    }

    /// Whether the text so far ends in a Chinese character, perhaps followed by spaces.
    private static func afterSpaceChinese(_ text: [Character]) -> Bool {
        text.last(where: { $0 != " " }).map(isChinese) ?? false
    }

    /// Whether `character` is a Chinese character or full-width mark.
    static func isChinese(_ character: Character) -> Bool {
        character.unicodeScalars.first?.isEastAsianWide ?? false
    }

    /// Units and date parts that stay with the number before them.
    static let units: Set<Character> = ["年", "月", "日", "号", "亿", "万", "元", "个", "倍", "岁", "天", "周", "秒", "张", "次", "项", "位", "款", "点", "分"]

    /// Marks a line may not start with (they close what comes before).
    static let closing: Set<Character> = ["，", "。", "、", "：", "；", "！", "？", "）", "」", "』", "”", "’", "》", "〉", "】", "…"]
    /// Marks a line may not end with (they open what comes after).
    static let opening: Set<Character> = ["（", "「", "『", "“", "‘", "《", "〈", "【"]
}
