window.JC=window.JC||{};
