window.cdt={id:398712};
