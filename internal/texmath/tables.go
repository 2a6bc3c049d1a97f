package texmath

// greek maps TeX's Greek letters to their characters.
var greek = map[string]string{
	"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
	"zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
	"lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
	"varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ",
	"varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
	"Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
	"Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}

// symbols maps TeX's symbol commands, and escaped characters, to MathML.
var symbols = map[string]string{
	// relations
	"leq": "<mo>≤</mo>", "le": "<mo>≤</mo>", "geq": "<mo>≥</mo>", "ge": "<mo>≥</mo>",
	"neq": "<mo>≠</mo>", "ne": "<mo>≠</mo>", "approx": "<mo>≈</mo>", "equiv": "<mo>≡</mo>",
	"sim": "<mo>∼</mo>", "simeq": "<mo>≃</mo>", "cong": "<mo>≅</mo>", "propto": "<mo>∝</mo>",
	"ll": "<mo>≪</mo>", "gg": "<mo>≫</mo>", "in": "<mo>∈</mo>", "notin": "<mo>∉</mo>",
	"ni": "<mo>∋</mo>", "subset": "<mo>⊂</mo>", "supset": "<mo>⊃</mo>", "subseteq": "<mo>⊆</mo>",
	"supseteq": "<mo>⊇</mo>", "mid": "<mo>∣</mo>", "parallel": "<mo>∥</mo>", "perp": "<mo>⊥</mo>",
	// arrows
	"to": "<mo>→</mo>", "rightarrow": "<mo>→</mo>", "leftarrow": "<mo>←</mo>", "gets": "<mo>←</mo>",
	"Rightarrow": "<mo>⇒</mo>", "Leftarrow": "<mo>⇐</mo>", "leftrightarrow": "<mo>↔</mo>",
	"Leftrightarrow": "<mo>⇔</mo>", "iff": "<mo>⟺</mo>", "implies": "<mo>⟹</mo>", "mapsto": "<mo>↦</mo>",
	"uparrow": "<mo>↑</mo>", "downarrow": "<mo>↓</mo>", "longrightarrow": "<mo>⟶</mo>",
	// binary operators
	"times": "<mo>×</mo>", "cdot": "<mo>⋅</mo>", "div": "<mo>÷</mo>", "pm": "<mo>±</mo>",
	"mp": "<mo>∓</mo>", "ast": "<mo>∗</mo>", "star": "<mo>⋆</mo>", "circ": "<mo>∘</mo>",
	"bullet": "<mo>∙</mo>", "cup": "<mo>∪</mo>", "cap": "<mo>∩</mo>", "setminus": "<mo>∖</mo>",
	"wedge": "<mo>∧</mo>", "land": "<mo>∧</mo>", "vee": "<mo>∨</mo>", "lor": "<mo>∨</mo>",
	"oplus": "<mo>⊕</mo>", "otimes": "<mo>⊗</mo>",
	// other symbols
	"infty": "<mi>∞</mi>", "partial": "<mi>∂</mi>", "nabla": "<mi>∇</mi>", "forall": "<mo>∀</mo>",
	"exists": "<mo>∃</mo>", "neg": "<mo>¬</mo>", "lnot": "<mo>¬</mo>", "emptyset": "<mi>∅</mi>",
	"varnothing": "<mi>∅</mi>", "hbar": "<mi>ℏ</mi>", "ell": "<mi>ℓ</mi>", "Re": "<mi>ℜ</mi>",
	"Im": "<mi>ℑ</mi>", "aleph": "<mi>ℵ</mi>", "angle": "<mi>∠</mi>", "triangle": "<mi>△</mi>",
	"degree": "<mi>°</mi>", "prime": "<mo>′</mo>", "dagger": "<mo>†</mo>",
	"ldots": "<mo>…</mo>", "dots": "<mo>…</mo>", "cdots": "<mo>⋯</mo>", "vdots": "<mo>⋮</mo>",
	"ddots": "<mo>⋱</mo>", "therefore": "<mo>∴</mo>", "because": "<mo>∵</mo>",
	"langle": `<mo stretchy="false">⟨</mo>`, "rangle": `<mo stretchy="false">⟩</mo>`,
	"lfloor": `<mo stretchy="false">⌊</mo>`, "rfloor": `<mo stretchy="false">⌋</mo>`,
	"lceil": `<mo stretchy="false">⌈</mo>`, "rceil": `<mo stretchy="false">⌉</mo>`,
	"vert": `<mo stretchy="false">|</mo>`, "Vert": `<mo stretchy="false">‖</mo>`,
	// escaped characters
	"{": `<mo stretchy="false">{</mo>`, "}": `<mo stretchy="false">}</mo>`, "lbrace": `<mo stretchy="false">{</mo>`,
	"rbrace": `<mo stretchy="false">}</mo>`, "|": `<mo stretchy="false">‖</mo>`,
	"%": "<mo>%</mo>", "$": "<mo>$</mo>", "&": "<mo>&#38;</mo>", "#": "<mo>#</mo>", "_": "<mo>_</mo>",
	"\\": `<mspace linebreak="newline"/>`,
}

// bigOps are the large operators whose limits go under and over.
var bigOps = map[string]string{
	"sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂",
	"bigoplus": "⨁", "bigotimes": "⨂", "bigvee": "⋁", "bigwedge": "⋀",
}

// integrals keep their limits beside the sign, as TeX sets them.
var integrals = map[string]string{
	"int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮",
}

// functions are set upright, as TeX's \sin and \log.
var functions = map[string]bool{
	"sin": true, "cos": true, "tan": true, "cot": true, "sec": true, "csc": true,
	"arcsin": true, "arccos": true, "arctan": true, "sinh": true, "cosh": true, "tanh": true,
	"log": true, "ln": true, "lg": true, "exp": true, "lim": true, "liminf": true, "limsup": true,
	"max": true, "min": true, "sup": true, "inf": true, "det": true, "gcd": true, "deg": true,
	"dim": true, "ker": true, "arg": true, "Pr": true, "hom": true,
}

// spaces are TeX's spacing commands, as MathML widths.
var spaces = map[string]string{
	",": "0.167em", ":": "0.222em", ">": "0.222em", ";": "0.278em", "!": "-0.167em",
	" ": "0.333em", "quad": "1em", "qquad": "2em", "thinspace": "0.167em",
}

// accents maps an accent command to its mark and whether it stretches.
var accents = map[string][2]string{
	"hat": {"^", "false"}, "widehat": {"^", "true"}, "bar": {"¯", "false"}, "overline": {"¯", "true"},
	"vec": {"→", "false"}, "overrightarrow": {"→", "true"}, "dot": {"˙", "false"}, "ddot": {"¨", "false"},
	"tilde": {"~", "false"}, "widetilde": {"~", "true"}, "acute": {"´", "false"}, "grave": {"`", "false"},
	"check": {"ˇ", "false"}, "breve": {"˘", "false"},
}

// fonts maps a font command to its MathML variant; "" is text.
var fonts = map[string]string{
	"text": "", "textrm": "", "mbox": "", "textit": "", "textbf": "",
	"mathrm": "normal", "mathbf": "bold", "mathit": "italic", "mathsf": "sans-serif",
	"mathtt": "monospace", "mathbb": "double-struck", "mathcal": "script", "mathfrak": "fraktur",
	"boldsymbol": "bold-italic",
}

// delimiters are the commands \left and \right take.
var delimiters = map[string]string{
	"{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "langle": "⟨", "rangle": "⟩",
	"lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "vert": "|", "Vert": "‖", "|": "‖",
}
