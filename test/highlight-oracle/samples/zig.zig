//! Parses key=value lines from a config file.
const std = @import("std");
const mem = std.mem;

pub const Entry = struct {
    key: []const u8,
    value: []const u8,
};

pub const ParseError = error{ MissingEquals, EmptyKey };

/// Parses one line; comments start with '#'.
pub fn parseLine(line: []const u8) ParseError!?Entry {
    const trimmed = mem.trim(u8, line, " \t\r");
    if (trimmed.len == 0 or trimmed[0] == '#') return null;
    const eq = mem.indexOfScalar(u8, trimmed, '=') orelse return error.MissingEquals;
    const key = mem.trim(u8, trimmed[0..eq], " ");
    if (key.len == 0) return error.EmptyKey;
    return Entry{ .key = key, .value = mem.trim(u8, trimmed[eq + 1 ..], " ") };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const text = "name = kiln\n# comment\nport=4000\n";
    var map = std.StringHashMap([]const u8).init(allocator);
    defer map.deinit();

    var it = mem.splitScalar(u8, text, '\n');
    var count: usize = 0;
    while (it.next()) |line| : (count += 1) {
        if (try parseLine(line)) |entry| {
            try map.put(entry.key, entry.value);
        }
    }
    std.debug.print("{d} lines, port {s}, mask 0x{x}\n", .{ count, map.get("port").?, 0xff });
}

test "parse a line" {
    const e = (try parseLine("a = 1")).?;
    try std.testing.expectEqualStrings("a", e.key);
    try std.testing.expectError(error.MissingEquals, parseLine("oops"));
}
