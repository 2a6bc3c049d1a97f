var _iub=_iub||[];
