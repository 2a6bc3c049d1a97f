var hdn={page:'detail'};
