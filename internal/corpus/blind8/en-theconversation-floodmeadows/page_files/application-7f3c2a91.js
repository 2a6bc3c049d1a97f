window.TC=window.TC||{};
