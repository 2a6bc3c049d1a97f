window.AGI={page:'article'};
