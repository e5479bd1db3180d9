// GENERATED FILE - DO NOT EDIT.
// Regenerate with: python3 tools/gen_unicode_table.py
// Source: /usr/share/unicode/UnicodeData.txt (Debian unicode-data), Unicode 15.0.0.
#ifndef STTJ_DETAIL_UNICODE_TABLE_HPP
#define STTJ_DETAIL_UNICODE_TABLE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sttj::detail {

/// The Unicode version whose general categories this table encodes.
inline constexpr std::string_view unicode_version = "15.0.0";

// The first three tables are the elements of string literals, one hex escape
// per element (a number, not a character), with the literal's terminating
// zero after the last one. g++ 12 reads them about ten times as fast as the
// same numbers written as integer literals: about 10 million instructions
// fewer per table in every TU that includes sttj.

/// Code points of general category L*, Z* or N*: 753 merged ranges,
/// stored as 804 packed entries of 4 bytes = 3216 bytes.
/// Entry layout: bits 0-20 first code point, bits 21-31 (length - 1).
/// Sorted by first code point, disjoint: a binary search on the low 21 bits finds
/// the only entry that can contain a code point.
inline constexpr std::size_t letter_separator_number_table_size = 804;
inline constexpr char32_t letter_separator_number_table[letter_separator_number_table_size + 1] =
    U"\x00000020\x01200030\x03200041\x03200061\x000000a0\x000000aa\x002000b2\x000000b5"
    U"\x002000b9\x004000bc\x02c000c0\x03c000d8\x392000f8\x016002c6\x008002e0\x000002ec"
    U"\x000002ee\x00800370\x00200376\x0060037a\x0000037f\x00000386\x00400388\x0000038c"
    U"\x0260038e\x0a4003a3\x114003f7\x14a0048a\x04a00531\x00000559\x05000560\x034005d0"
    U"\x006005ef\x05400620\x01200660\x0020066e\x0c400671\x000006d5\x002006e5\x01c006ee"
    U"\x000006ff\x00000710\x03a00712\x0b00074d\x000007b1\x054007c0\x002007f4\x000007fa"
    U"\x02a00800\x0000081a\x00000824\x00000828\x03000840\x01400860\x02e00870\x00a00889"
    U"\x052008a0\x06a00904\x0000093d\x00000950\x01200958\x01200966\x01e00971\x00e00985"
    U"\x0020098f\x02a00993\x00c009aa\x000009b2\x006009b6\x000009bd\x000009ce\x002009dc"
    U"\x004009df\x016009e6\x00a009f4\x000009fc\x00a00a05\x00200a0f\x02a00a13\x00c00a2a"
    U"\x00200a32\x00200a35\x00200a38\x00600a59\x00000a5e\x01200a66\x00400a72\x01000a85"
    U"\x00400a8f\x02a00a93\x00c00aaa\x00200ab2\x00800ab5\x00000abd\x00000ad0\x00200ae0"
    U"\x01200ae6\x00000af9\x00e00b05\x00200b0f\x02a00b13\x00c00b2a\x00200b32\x00800b35"
    U"\x00000b3d\x00200b5c\x00400b5f\x01200b66\x00c00b71\x00000b83\x00a00b85\x00400b8e"
    U"\x00600b92\x00200b99\x00000b9c\x00200b9e\x00200ba3\x00400ba8\x01600bae\x00000bd0"
    U"\x01800be6\x00e00c05\x00400c0e\x02c00c12\x01e00c2a\x00000c3d\x00400c58\x00000c5d"
    U"\x00200c60\x01200c66\x00c00c78\x00000c80\x00e00c85\x00400c8e\x02c00c92\x01200caa"
    U"\x00800cb5\x00000cbd\x00200cdd\x00200ce0\x01200ce6\x00200cf1\x01000d04\x00400d0e"
    U"\x05000d12\x00000d3d\x00000d4e\x00400d54\x01200d58\x02400d66\x00a00d7a\x02200d85"
    U"\x02e00d9a\x01000db3\x00000dbd\x00c00dc0\x01200de6\x05e00e01\x00200e32\x00c00e40"
    U"\x01200e50\x00200e81\x00000e84\x00800e86\x02e00e8c\x00000ea5\x01200ea7\x00200eb2"
    U"\x00000ebd\x00800ec0\x00000ec6\x01200ed0\x00600edc\x00000f00\x02600f20\x00e00f40"
    U"\x04600f49\x00800f88\x05401000\x0140103f\x00a01050\x0060105a\x00001061\x00201065"
    U"\x0040106e\x01801075\x0000108e\x01201090\x04a010a0\x000010c7\x000010cd\x054010d0"
    U"\x298010fc\x0060124a\x00c01250\x00001258\x0060125a\x05001260\x0060128a\x04001290"
    U"\x006012b2\x00c012b8\x000012c0\x006012c2\x01c012c8\x070012d8\x00601312\x08401318"
    U"\x02601369\x01e01380\x0aa013a0\x00a013f8\x4d601401\x0560166f\x094016a0\x014016ee"
    U"\x02201700\x0240171f\x02201740\x01801760\x0040176e\x06601780\x000017d7\x000017dc"
    U"\x012017e0\x012017f0\x01201810\x0b001820\x00801880\x04201887\x000018aa\x08a018b0"
    U"\x03c01900\x04e01946\x00801970\x05601980\x032019b0\x014019d0\x02c01a00\x06801a20"
    U"\x01201a80\x01201a90\x00001aa7\x05c01b05\x00e01b45\x01201b50\x03a01b83\x06e01bae"
    U"\x04601c00\x01201c40\x06001c4d\x01001c80\x05401c90\x00401cbd\x00601ce9\x00a01cee"
    U"\x00201cf5\x00001cfa\x17e01d00\x22a01e00\x00a01f18\x04a01f20\x00a01f48\x00e01f50"
    U"\x00001f59\x00001f5b\x00001f5d\x03c01f5f\x06801f80\x00c01fb6\x00001fbe\x00401fc2"
    U"\x00c01fc6\x00601fd0\x00a01fd6\x01801fe0\x00401ff2\x00c01ff6\x01402000\x00202028"
    U"\x0000202f\x0000205f\x00202070\x00a02074\x0140207f\x01802090\x00002102\x00002107"
    U"\x0120210a\x00002115\x00802119\x00002124\x00002126\x00002128\x0060212a\x0140212f"
    U"\x0060213c\x00802145\x0000214e\x07202150\x07602460\x02a024ea\x03a02776\x1c802c00"
    U"\x00602ceb\x00202cf2\x00002cfd\x04a02d00\x00002d27\x00002d2d\x06e02d30\x00002d6f"
    U"\x02c02d80\x00c02da0\x00c02da8\x00c02db0\x00c02db8\x00c02dc0\x00c02dc8\x00c02dd0"
    U"\x00c02dd8\x00002e2f\x00003000\x00403005\x01003021\x00803031\x00803038\x0aa03041"
    U"\x0040309d\x0b2030a1\x006030fc\x05403105\x0ba03131\x00603192\x03e031a0\x01e031f0"
    U"\x01203220\x00e03248\x01c03251\x01203280\x01c032b1\xffe03400\xffe03c00\xffe04400"
    U"\x37e04c00\xffe04e00\xffe05600\xffe05e00\xffe06600\xffe06e00\xffe07600\xffe07e00"
    U"\xffe08600\xffe08e00\xffe09600\xd1809e00\x05a0a4d0\x2180a500\x0360a610\x05c0a640"
    U"\x03c0a67f\x09e0a6a0\x0100a717\x0cc0a722\x07e0a78b\x0020a7d0\x0000a7d3\x0080a7d5"
    U"\x01e0a7f2\x0040a803\x0060a807\x02c0a80c\x00a0a830\x0660a840\x0620a882\x0120a8d0"
    U"\x00a0a8f2\x0000a8fb\x0020a8fd\x04a0a900\x02c0a930\x0380a960\x05c0a984\x0140a9cf"
    U"\x0080a9e0\x0300a9e6\x0500aa00\x0040aa40\x00e0aa44\x0120aa50\x02c0aa60\x0000aa7a"
    U"\x0620aa7e\x0000aab1\x0020aab5\x0080aab9\x0000aac0\x0000aac2\x0040aadb\x0140aae0"
    U"\x0040aaf2\x00a0ab01\x00a0ab09\x00a0ab11\x00c0ab20\x00c0ab28\x0540ab30\x01a0ab5c"
    U"\x0e40ab70\x0120abf0\xffe0ac00\xffe0b400\xffe0bc00\xffe0c400\xffe0cc00\x7460d400"
    U"\x02c0d7b0\x0600d7cb\x2da0f900\x0d20fa70\x00c0fb00\x0080fb13\x0000fb1d\x0120fb1f"
    U"\x0180fb2a\x0080fb38\x0000fb3e\x0020fb40\x0020fb43\x0d60fb46\x2d40fbd3\x07e0fd50"
    U"\x06a0fd92\x0160fdf0\x0080fe70\x10c0fe76\x0120ff10\x0320ff21\x0320ff41\x0b00ff66"
    U"\x00a0ffc2\x00a0ffca\x00a0ffd2\x0040ffda\x01610000\x0321000d\x02410028\x0021003c"
    U"\x01c1003f\x01a10050\x0f410080\x05810107\x07010140\x0021018a\x03810280\x060102a0"
    U"\x034102e1\x04610300\x03a1032d\x04a10350\x03a10380\x046103a0\x00e103c8\x008103d1"
    U"\x13a10400\x012104a0\x046104b0\x046104d8\x04e10500\x06610530\x01410570\x01c1057c"
    U"\x00c1058c\x00210594\x01410597\x01c105a3\x00c105b3\x002105bb\x26c10600\x02a10740"
    U"\x00e10760\x00a10780\x05210787\x010107b2\x00a10800\x00010808\x0561080a\x00210837"
    U"\x0001083c\x02c1083f\x03c10858\x04a10879\x010108a7\x024108e0\x002108f4\x040108fb"
    U"\x03210920\x06e10980\x026109bc\x05c109d2\x00610a10\x00410a15\x03810a19\x01010a40"
    U"\x03c10a60\x03e10a80\x00e10ac0\x03610ac9\x00810aeb\x06a10b00\x02a10b40\x03410b58"
    U"\x03210b78\x00c10ba9\x09010c00\x06410c80\x06410cc0\x05210cfa\x01210d30\x03c10e60"
    U"\x05210e80\x00210eb0\x04e10f00\x02a10f30\x00610f51\x02210f70\x03610fb0\x02c10fe0"
    U"\x06811003\x03a11052\x00211071\x00011075\x05811083\x030110d0\x012110f0\x04611103"
    U"\x01211136\x00011144\x00011147\x04411150\x00011176\x05e11183\x006111c1\x014111d0"
    U"\x000111dc\x026111e1\x02211200\x03011213\x0021123f\x00c11280\x00011288\x0061128a"
    U"\x01c1128f\x0121129f\x05c112b0\x012112f0\x00e11305\x0021130f\x02a11313\x00c1132a"
    U"\x00211332\x00811335\x0001133d\x00011350\x0081135d\x06811400\x00611447\x01211450"
    U"\x0041145f\x05e11480\x002114c4\x000114c7\x012114d0\x05c11580\x006115d8\x05e11600"
    U"\x00011644\x01211650\x05411680\x000116b8\x012116c0\x03411700\x01611730\x00c11740"
    U"\x05611800\x0a4118a0\x00e118ff\x00011909\x00e1190c\x00211915\x02e11918\x0001193f"
    U"\x00011941\x01211950\x00e119a0\x04c119aa\x000119e1\x000119e3\x00011a00\x04e11a0b"
    U"\x00011a3a\x00011a50\x05a11a5c\x00011a9d\x09011ab0\x01011c00\x04811c0a\x00011c40"
    U"\x03811c50\x03a11c72\x00c11d00\x00211d08\x04a11d0b\x00011d46\x01211d50\x00a11d60"
    U"\x00211d67\x03e11d6a\x00011d98\x01211da0\x02411ee0\x00011f02\x01811f04\x04211f12"
    U"\x01211f50\x00011fb0\x02811fc0\x73212000\x0dc12400\x18612480\x0c012f90\x85e13000"
    U"\x00a13441\x48c14400\x47016800\x03c16a40\x01216a60\x09c16a70\x01216ac0\x03a16ad0"
    U"\x05e16b00\x00616b40\x01216b50\x00c16b5b\x02816b63\x02416b7d\x0ac16e40\x09416f00"
    U"\x00016f50\x01816f93\x00216fe0\x00016fe3\xffe17000\xffe17800\xfee18000\x9aa18800"
    U"\x01018d00\x0061aff0\x00c1aff5\x0021affd\x2441b000\x0001b132\x0041b150\x0001b155"
    U"\x0061b164\x3161b170\x0d41bc00\x0181bc70\x0101bc80\x0121bc90\x0261d2c0\x0261d2e0"
    U"\x0301d360\x0a81d400\x08c1d456\x0021d49e\x0001d4a2\x0021d4a5\x0061d4a9\x0161d4ae"
    U"\x0001d4bb\x00c1d4bd\x0801d4c5\x0061d507\x00e1d50d\x00c1d516\x0361d51e\x0061d53b"
    U"\x0081d540\x0001d546\x00c1d54a\x2a61d552\x0301d6a8\x0301d6c2\x03c1d6dc\x0301d6fc"
    U"\x03c1d716\x0301d736\x03c1d750\x0301d770\x03c1d78a\x0301d7aa\x00e1d7c4\x0621d7ce"
    U"\x03c1df00\x00a1df25\x07a1e030\x0581e100\x00c1e137\x0121e140\x0001e14e\x03a1e290"
    U"\x0561e2c0\x0121e2f0\x0361e4d0\x0121e4f0\x00c1e7e0\x0061e7e8\x0021e7ed\x01c1e7f0"
    U"\x1881e800\x0101e8c7\x0861e900\x0001e94b\x0121e950\x0741ec71\x0041ecad\x0061ecb1"
    U"\x0581ed01\x01c1ed2f\x0061ee00\x0341ee05\x0021ee21\x0001ee24\x0001ee27\x0121ee29"
    U"\x0061ee34\x0001ee39\x0001ee3b\x0001ee42\x0001ee47\x0001ee49\x0001ee4b\x0041ee4d"
    U"\x0021ee51\x0001ee54\x0001ee57\x0001ee59\x0001ee5b\x0001ee5d\x0001ee5f\x0021ee61"
    U"\x0001ee64\x0061ee67\x00c1ee6c\x0061ee74\x0061ee79\x0001ee7e\x0121ee80\x0201ee8b"
    U"\x0041eea1\x0081eea5\x0201eeab\x0181f100\x0121fbf0\xffe20000\xffe20800\xffe21000"
    U"\xffe21800\xffe22000\xffe22800\xffe23000\xffe23800\xffe24000\xffe24800\xffe25000"
    U"\xffe25800\xffe26000\xffe26800\xffe27000\xffe27800\xffe28000\xffe28800\xffe29000"
    U"\xffe29800\xdbe2a000\xffe2a700\xffe2af00\x0722b700\x1ba2b740\xffe2b820\xffe2c020"
    U"\xd022c820\xffe2ceb0\xffe2d6b0\xffe2deb0\xa602e6b0\x43a2f800\xffe30000\xffe30800"
    U"\x69431000\xffe31350\xffe31b50\x0be32350";

inline constexpr std::size_t letter_separator_number_table_bytes = 3216;

/// The same set as a two-level bitmap, for the run-time lookup (one load
/// per level instead of a 10-step binary search): code point cp is allowed
/// iff cp < 0x40000 and bit (cp % 32) of
/// letter_separator_number_blocks[8 * letter_separator_number_block_index[cp >> 8] + (cp >> 5) % 8]
/// is set. 1024 + 127 x 32 = 5088 bytes. Derived from the ranges above by
/// the same generator; tests check both against ICU for every code point.
inline constexpr std::uint32_t letter_separator_number_block_limit = 0x40000;
inline constexpr unsigned char letter_separator_number_block_index[1024 + 1] =
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
    "\x10\x01\x11\x12\x13\x01\x14\x15\x16\x17\x18\x19\x1a\x1b\x01\x1c"
    "\x1d\x1e\x1f\x1f\x20\x1f\x1f\x21\x1f\x1f\x1f\x1f\x22\x23\x24\x1f"
    "\x25\x26\x27\x1f\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x1b\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x28\x01\x29\x2a\x2b\x2c\x2d\x2e\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x2f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x01\x30\x31\x01\x32\x33\x34"
    "\x35\x36\x37\x38\x39\x3a\x01\x3b\x3c\x3d\x3e\x3f\x40\x41\x42\x43"
    "\x44\x45\x46\x47\x48\x49\x4a\x4b\x4c\x4d\x4e\x1f\x4f\x50\x51\x52"
    "\x01\x01\x01\x53\x54\x55\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x56"
    "\x01\x01\x01\x01\x57\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x01\x01\x58\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x01\x01\x59\x5a\x1f\x1f\x5b\x5c"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x5d\x01\x01\x01\x01\x5e\x5f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x60"
    "\x01\x61\x62\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x63\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x64\x65\x66\x67\x68\x69\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x6a"
    "\x6b\x6c\x6d\x1f\x6e\x1f\x1f\x6f\x70\x71\x1f\x1f\x72\x73\x74\x1f"
    "\x1f\x75\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x76\x1f\x1f\x1f\x1f"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x77\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x78\x79\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x7a\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x7b\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x01\x01\x7c\x1f\x1f\x1f\x1f\x1f"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x7d\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x7e\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f"
    "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f";
inline constexpr char32_t letter_separator_number_blocks[1016 + 1] =
    U"\x00000000\x03ff0001\x07fffffe\x07fffffe\x00000000\x762c0401\xff7fffff\xff7fffff"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\x0003ffc3\x0000501f"
    U"\x00000000\x00000000\x00000000\xbcdf0000\xffffd740\xfffffffb\xffffffff\xffbfffff"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xfffffc03\xffffffff\xffffffff\xffffffff"
    U"\xffffffff\xfffeffff\x027fffff\xffffffff\x000001ff\x00000000\xffff0000\x000787ff"
    U"\x00000000\xffffffff\x000007ff\xfffec3ff\xffffffff\xffffffff\x002fffff\x9fffc060"
    U"\xfffd0000\x0000ffff\xffffe000\xffffffff\xffffffff\x0002003f\xffffffff\x043007ff"
    U"\x043fffff\x00000110\x01ffffff\xffff07ff\x00007eff\xffffffff\x000003ff\x00000000"
    U"\xfffffff0\x23ffffff\xff010000\xfffeffc3\xfff99fe1\x23c5fdff\xb0004000\x13f3ffc3"
    U"\xfff987e0\x036dfdff\x5e000000\x001cffc0\xfffbbfe0\x23edfdff\x00010000\x0200ffc3"
    U"\xfff99fe0\x23edfdff\xb0000000\x00feffc3\xd63dc7e8\x03ffc718\x00010000\x0007ffc0"
    U"\xfffddfe0\x23fffdff\x27000000\x7f00ffc3\xfffddfe1\x23effdff\x60000000\x0006ffc3"
    U"\xfffddff0\x27ffffff\xff704000\xfdffffc3\xfc7fffe0\x2ffbffff\x0000007f\x0000ffc0"
    U"\xfffffffe\x000dffff\x03ff007f\x00000000\xfffff7d6\x200dffaf\xf3ff005f\x00000000"
    U"\x00000001\x000fffff\xfffffeff\x00001fff\x00001f00\x00000000\x00000000\x00000000"
    U"\xffffffff\x800007ff\x3c3f03ff\xffe1c062\x03ff4003\xffffffff\xffff20bf\xf7ffffff"
    U"\xffffffff\xffffffff\x3d7f3dff\xffffffff\xffff3dff\x7f3dffff\xff7fff3d\xffffffff"
    U"\xff3dffff\xffffffff\x07ffffff\x1ffffe00\x0000ffff\xffffffff\xffffffff\x3f3fffff"
    U"\xfffffffe\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff"
    U"\xffffffff\xffffffff\xffffffff\xffff9fff\x07ffffff\xffffffff\xffffffff\x01ffc7ff"
    U"\x8003ffff\x0003ffff\x0003ffff\x0001dfff\xffffffff\x000fffff\x10800000\x03ff03ff"
    U"\x03ff0000\xffffffff\xffffffff\x01ffffff\xffffff9f\xffff05ff\xffffffff\x003fffff"
    U"\x7fffffff\x00000000\xffffffc0\x001f3fff\xffffffff\xffff0fff\x07ff03ff\x00000000"
    U"\x007fffff\xffffffff\x001fffff\x00000000\x03ff03ff\x00000080\x00000000\x00000000"
    U"\xffffffe0\x000fffff\x03ff1fe0\x00000000\xfffffff8\xffffc001\xffffffff\x0000003f"
    U"\xffffffff\x0000000f\xffffe3ff\x3fffffff\xffff01ff\xe7ffffff\x00000000\x046fde00"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\x00000000\x00000000"
    U"\x3f3fffff\xffffffff\xaaff3f3f\x3fffffff\xffffffff\x5fdfffff\x0fcf1fdc\x1fdc1fff"
    U"\x000007ff\x00008300\x80000000\x83f30000\x1fff03ff\x00000000\x00000000\x00000000"
    U"\x3e2ffc84\xf3ffbd50\xffff43e0\xffffffff\x000003ff\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\xffffffff\x0fffffff\x00000000\x00000000\xfffffc00"
    U"\x00000000\x00000000\x00000000\xffc00000\x000fffff\x00000000\x00000000\x00000000"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\x200c781f"
    U"\xffffffff\xffff20bf\xffffffff\x000080ff\x007fffff\x7f7f7f7f\x7f7f7f7f\x00000000"
    U"\x00000000\x00008000\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\x000000e1\x1f3e03fe\xfffffffe\xffffffff\xe07fffff\xfffffffe\xffffffff\xf7ffffff"
    U"\xffffffe0\xfffeffff\xffffffff\xffffffff\x003c7fff\xffffffff\x00000000\xffff0000"
    U"\x00000000\x000003ff\xfffeff00\x00000000\x000003ff\xfffe0000\x00000000\x00000000"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\x00001fff\x00000000\xffff0000\x3fffffff"
    U"\xffff1fff\x00000fff\xffffffff\x80007fff\x3fffffff\xffffffff\xffffffff\x0000ffff"
    U"\xff800000\xfffffffc\xffffffff\xffffffff\xfffff9ff\xffffffff\x03eb07ff\xfffc0000"
    U"\xfffff7bb\x003f0007\xffffffff\x000fffff\xfffffffc\x000fffff\x03ff0000\x68fc0000"
    U"\xffffffff\xffff003f\x0000007f\x1fffffff\xfffffff0\x0007ffff\x03ff8000\x7fffffdf"
    U"\xffffffff\x000001ff\x03ff0ff7\xc47fffff\xffffffff\x3e62ffff\x38000005\x001c07ff"
    U"\x007e7e7e\xffff7f7f\xf7ffffff\xffff03ff\xffffffff\xffffffff\xffffffff\x03ff0007"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffff000f\xfffff87f\x0fffffff"
    U"\xffffffff\xffffffff\xffffffff\xffff3fff\xffffffff\xffffffff\x03ffffff\x00000000"
    U"\xa0f8007f\x5f7ffdff\xffffffdb\xffffffff\xffffffff\x0003ffff\xfff80000\xffffffff"
    U"\xffffffff\x3fffffff\xffff0000\xffffffff\xfffcffff\xffffffff\x000000ff\x0fff0000"
    U"\x00000000\x00000000\x00000000\xffdf0000\xffffffff\xffffffff\xffffffff\x1fffffff"
    U"\x03ff0000\x07fffffe\x07fffffe\xffffffc0\xffffffff\x7fffffff\x1cfcfcfc\x00000000"
    U"\xffffefff\xb7ffff7f\x3fff3fff\x00000000\xffffffff\xffffffff\xffffffff\x07ffffff"
    U"\xffffff80\x000fffff\xffffffff\x01ffffff\x00000c00\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\x00000000\x1fffffff\xffffffff\x0001ffff\x0ffffffe"
    U"\xffffffff\xffffe00f\xffff07ff\x003fffff\x3fffffff\xffffffff\x003eff0f\x00000000"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\x3fffffff\xffff03ff\xff0fffff\x0fffffff"
    U"\xffffffff\xffff00ff\xffffffff\xf7ff000f\xffb7f7ff\x1bfbfffb\x00000000\x00000000"
    U"\xffffffff\x007fffff\x003fffff\x000000ff\xffffffbf\x07fdffff\x00000000\x00000000"
    U"\xfffffd3f\x91bfffff\xff3fffff\xfe7fffff\x7fffffff\x0000ff80\x00000000\xf837ffff"
    U"\x0fffffff\x03ffffff\x00000000\x00000000\xffffffff\xf0ffffff\xfffcffff\xffffffff"
    U"\xfeef0001\x003fffff\x000001ff\x7fffffff\xffffffff\x00000000\xfffffeff\x0000f81f"
    U"\xffffffff\x003fffff\xff3fffff\xff07ffff\x0003ffff\x0000fe00\x00000000\x00000000"
    U"\xffffffff\xffffffff\x000001ff\x00000000\xffffffff\x0007ffff\xffffffff\xfc07ffff"
    U"\xffffffff\x03ff000f\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\x7fffffff\xffffffff\x000303ff\x00000000\x00000000"
    U"\xffffffff\xffff00ff\x001e003f\xffff0000\x00000003\xffff0000\x00000fff\x007fffff"
    U"\xfffffff8\x00ffffff\xfffc0000\x0026ffff\xfffffff8\x0000ffff\xffff0000\x03ff01ff"
    U"\xfffffff8\xffc0007f\xffff0090\x0047ffff\xfffffff8\x0007ffff\x17ff001e\x001ffffe"
    U"\xfffbffff\x80000fff\x00000001\x00000000\xbfffbd7f\xffff01ff\x7fffffff\x03ff0000"
    U"\xfff99fe0\x23edfdff\xe0010000\x00000003\x00000000\x00000000\x00000000\x00000000"
    U"\xffffffff\x001fffff\x83ff0780\x00000003\xffffffff\x0000ffff\x03ff00b0\x00000000"
    U"\x00000000\x00000000\x00000000\x00000000\xffffffff\x00007fff\x0f000000\x00000000"
    U"\xffffffff\x0000ffff\x03ff0010\x00000000\xffffffff\x010007ff\x000003ff\x00000000"
    U"\x07ffffff\x0fff0000\x0000007f\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\xffffffff\x00000fff\x00000000\x00000000\x00000000\xffffffff\xffffffff\x8007ffff"
    U"\xff6ff27f\x8000ffff\x03ff0002\x00000000\x00000000\xfffffcff\x0001ffff\x0000000a"
    U"\xfffff801\x0407ffff\xf0010000\xffffffff\x200003ff\xffff0000\xffffffff\x01ffffff"
    U"\xfffffdff\x00007fff\xffff0001\xfffc1fff\x0000ffff\x00000000\x00000000\x00000000"
    U"\xfffffb7f\x0001ffff\x03ff0040\xfffffdbf\x010003ff\x000003ff\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x0007ffff"
    U"\xfffdfff4\x000fffff\x03ff0000\x00000000\x00000000\x00010000\x001fffff\x00000000"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\x03ffffff\x00000000\x00000000\x00000000"
    U"\xffffffff\xffffffff\xffffffff\x00007fff\xffffffff\xffffffff\xffffffff\xffffffff"
    U"\xffffffff\xffffffff\x0000000f\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\x00000000\xffff0000\xffffffff\xffffffff\x0001ffff"
    U"\xffffffff\x0000ffff\x0000007e\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\xffffffff\xffffffff\x0000007f\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\xffffffff\x01ffffff\x7fffffff\xffff03ff\xffffffff\x7fffffff\xffff03ff\x00003fff"
    U"\xffffffff\x0000ffff\xfbff000f\xe0fffffb\x0000ffff\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\xffffffff\xffffffff\x007fffff\x00000000\x00000000\x00000000"
    U"\xffffffff\xffffffff\x000107ff\x00000000\xfff80000\x00000000\x00000000\x0000000b"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\x00ffffff"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\x003fffff\x00000000"
    U"\x000001ff\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x6fef0000"
    U"\xffffffff\x00040007\x00270000\xffff00f0\xffffffff\xffffffff\xffffffff\xffffffff"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\x0fffffff"
    U"\xffffffff\xffffffff\xffffffff\x1fff07ff\x03ff01ff\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x000fffff\x000fffff"
    U"\x00000000\x00000000\x00000000\x01ffffff\x00000000\x00000000\x00000000\x00000000"
    U"\xffffffff\xffffffff\xffdfffff\xffffffff\xdfffffff\xebffde64\xffffffef\xffffffff"
    U"\xdfdfe7bf\x7bffffff\xfffdfc5f\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffff3f\xf7fffffd\xf7ffffff"
    U"\xffdfffff\xffdfffff\xffff7fff\xffff7fff\xfffffdff\xfffffdff\xffffcff7\xffffffff"
    U"\x7fffffff\x000007e0\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\x00000000\xffff0000\xffffffff\x00003fff\x00000000\x00000000\x00000000\x00000000"
    U"\xffffffff\x3f801fff\x000043ff\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\x00000000\xffff0000\x00003fff\xffffffff\x03ff0fff"
    U"\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\xffff0000\x03ff0fff"
    U"\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x7fff6f7f"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\x0000ff9f\x00000000"
    U"\xffffffff\xffffffff\x03ff080f\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\xfffe0000\xffffffff\x001eefff\x00000000\x00000000"
    U"\xfffffffe\x3fffbfff\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\xffffffef\x0af7fe96\xaa96ea84\x5ef7f796\x0ffffbff\x0ffffbee\x00000000\x00000000"
    U"\x00001fff\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x03ff0000"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\x00000000"
    U"\xffffffff\x03ffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff"
    U"\x3fffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffff0003\xffffffff\xffffffff"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\x00000001"
    U"\x3fffffff\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000\x00000000"
    U"\xffffffff\xffffffff\xffff07ff\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff"
    U"\xffffffff\xffffffff\xffffffff\xffffffff\xffffffff\x0000ffff\x00000000\x00000000";

/// The Basic Multilingual Plane alone as a flat bitmap, for the 2- and 3-byte
/// UTF-8 sequences, whose bytes give the word and the bit directly: code
/// point cp < 0x10000 is allowed iff bit (cp % 64) of
/// letter_separator_number_bmp[cp / 64] is set. 1024 x 8 = 8192 bytes.
inline constexpr std::uint64_t letter_separator_number_bmp[1024] = {
    0x03ff000100000000, 0x07fffffe07fffffe, 0x762c040100000000, 0xff7fffffff7fffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000501f0003ffc3,
    0x0000000000000000, 0xbcdf000000000000, 0xfffffffbffffd740, 0xffbfffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xfffffffffffffc03, 0xffffffffffffffff,
    0xfffeffffffffffff, 0xffffffff027fffff, 0x00000000000001ff, 0x000787ffffff0000,
    0xffffffff00000000, 0xfffec3ff000007ff, 0xffffffffffffffff, 0x9fffc060002fffff,
    0x0000fffffffd0000, 0xffffffffffffe000, 0x0002003fffffffff, 0x043007ffffffffff,
    0x00000110043fffff, 0xffff07ff01ffffff, 0xffffffff00007eff, 0x00000000000003ff,
    0x23fffffffffffff0, 0xfffeffc3ff010000, 0x23c5fdfffff99fe1, 0x13f3ffc3b0004000,
    0x036dfdfffff987e0, 0x001cffc05e000000, 0x23edfdfffffbbfe0, 0x0200ffc300010000,
    0x23edfdfffff99fe0, 0x00feffc3b0000000, 0x03ffc718d63dc7e8, 0x0007ffc000010000,
    0x23fffdfffffddfe0, 0x7f00ffc327000000, 0x23effdfffffddfe1, 0x0006ffc360000000,
    0x27fffffffffddff0, 0xfdffffc3ff704000, 0x2ffbfffffc7fffe0, 0x0000ffc00000007f,
    0x000dfffffffffffe, 0x0000000003ff007f, 0x200dffaffffff7d6, 0x00000000f3ff005f,
    0x000fffff00000001, 0x00001ffffffffeff, 0x0000000000001f00, 0x0000000000000000,
    0x800007ffffffffff, 0xffe1c0623c3f03ff, 0xffffffff03ff4003, 0xf7ffffffffff20bf,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffff3d7f3dff, 0x7f3dffffffff3dff, 0xffffffffff7fff3d,
    0xffffffffff3dffff, 0x1ffffe0007ffffff, 0xffffffff0000ffff, 0x3f3fffffffffffff,
    0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffff9fffffffffff, 0xffffffff07ffffff, 0x01ffc7ffffffffff,
    0x0003ffff8003ffff, 0x0001dfff0003ffff, 0x000fffffffffffff, 0x03ff03ff10800000,
    0xffffffff03ff0000, 0x01ffffffffffffff, 0xffff05ffffffff9f, 0x003fffffffffffff,
    0x000000007fffffff, 0x001f3fffffffffc0, 0xffff0fffffffffff, 0x0000000007ff03ff,
    0xffffffff007fffff, 0x00000000001fffff, 0x0000008003ff03ff, 0x0000000000000000,
    0x000fffffffffffe0, 0x0000000003ff1fe0, 0xffffc001fffffff8, 0x0000003fffffffff,
    0x0000000fffffffff, 0x3fffffffffffe3ff, 0xe7ffffffffff01ff, 0x046fde0000000000,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffff3f3fffff, 0x3fffffffaaff3f3f, 0x5fdfffffffffffff, 0x1fdc1fff0fcf1fdc,
    0x00008300000007ff, 0x83f3000080000000, 0x000000001fff03ff, 0x0000000000000000,
    0xf3ffbd503e2ffc84, 0xffffffffffff43e0, 0x00000000000003ff, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0xffffffff00000000, 0x000000000fffffff, 0xfffffc0000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0xffc0000000000000, 0x00000000000fffff, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x200c781fffffffff,
    0xffff20bfffffffff, 0x000080ffffffffff, 0x7f7f7f7f007fffff, 0x000000007f7f7f7f,
    0x0000800000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x1f3e03fe000000e1, 0xfffffffffffffffe, 0xfffffffee07fffff, 0xf7ffffffffffffff,
    0xfffeffffffffffe0, 0xffffffffffffffff, 0xffffffff003c7fff, 0xffff000000000000,
    0x000003ff00000000, 0x00000000fffeff00, 0xfffe0000000003ff, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000001fff, 0x3fffffffffff0000,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0x00000fffffff1fff, 0x80007fffffffffff, 0xffffffff3fffffff, 0x0000ffffffffffff,
    0xfffffffcff800000, 0xffffffffffffffff, 0xfffffffffffff9ff, 0xfffc000003eb07ff,
    0x003f0007fffff7bb, 0x000fffffffffffff, 0x000ffffffffffffc, 0x68fc000003ff0000,
    0xffff003fffffffff, 0x1fffffff0000007f, 0x0007fffffffffff0, 0x7fffffdf03ff8000,
    0x000001ffffffffff, 0xc47fffff03ff0ff7, 0x3e62ffffffffffff, 0x001c07ff38000005,
    0xffff7f7f007e7e7e, 0xffff03fff7ffffff, 0xffffffffffffffff, 0x03ff0007ffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffff000fffffffff, 0x0ffffffffffff87f,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0xffffffffffffffff, 0xffff3fffffffffff, 0xffffffffffffffff, 0x0000000003ffffff,
    0x5f7ffdffa0f8007f, 0xffffffffffffffdb, 0x0003ffffffffffff, 0xfffffffffff80000,
    0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff,
    0x3fffffffffffffff, 0xffffffffffff0000, 0xfffffffffffcffff, 0x0fff0000000000ff,
    0x0000000000000000, 0xffdf000000000000, 0xffffffffffffffff, 0x1fffffffffffffff,
    0x07fffffe03ff0000, 0xffffffc007fffffe, 0x7fffffffffffffff, 0x000000001cfcfcfc,
};

}  // namespace sttj::detail

#endif  // STTJ_DETAIL_UNICODE_TABLE_HPP
