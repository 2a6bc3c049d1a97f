window.gn=window.gn||{};gn.story={id:500362841};
