#!/usr/bin/env python3
"""Independent reference for darkflav's HistFactory likelihood tests.

A literal, slow numpy transcription of the pyhf 0.7 likelihood as documented in the project's
reference notes (pyhf-likelihood.md): its own parameter ordering, default inits/bounds/constraints,
interpolation codes (code 4 by solving the 6x6 system numerically, not with the printed inverse),
and log Pois(n|nu) = n log nu - nu - lgamma(n+1) written naively, as pyhf does.

It shares no code with darkflav. Run from this directory:
    python3 pyhf_reference_nll.py > twice_nll.json
Inputs are the workspaces under ../workspaces and the Belle II example at the repository root;
patches are applied with the `jsonpatch` package. Outputs, per case: parameter names in pyhf order,
the suggested init, and twice_nll at the init and at a deterministic shifted point. Poisson terms are
evaluated with 50-digit mpmath; `twice_nll_init_double_precision` repeats the init value in plain double
arithmetic as pyhf does it, which differs by 1.6e-3 for atlas_ewk3l_erjr (shapesys tau = 1.9e11).
"""
import json, math, sys, os
import numpy as np
import jsonpatch
import mpmath
from math import lgamma

mpmath.mp.dps = 50

HERE = os.path.dirname(os.path.abspath(__file__))
WS = os.path.join(HERE, '..', 'workspaces')
ROOT = os.path.join(HERE, '..', '..', '..', '..', '..')
TYPE_ORDER = ['histosys', 'lumi', 'normfactor', 'normsys', 'shapefactor', 'shapesys', 'staterror']
VECTOR = {'staterror', 'shapesys', 'shapefactor'}


def code4_coefficients(hi, lo):
    # f(a) = 1 + sum a_i alpha^i on (-1,1); match value, 1st and 2nd derivative of hi^a / lo^-a at +-1
    A = np.zeros((6, 6)); b = np.zeros(6)
    for row, (x, u) in enumerate([(1.0, hi), (-1.0, lo)]):
        l = math.log(u)
        s = 1.0 if x > 0 else -1.0   # f = u^(s*alpha)
        A[row] = [x ** i for i in range(1, 7)]; b[row] = u - 1
        A[2 + row] = [i * x ** (i - 1) for i in range(1, 7)]; b[2 + row] = s * u * l
        A[4 + row] = [i * (i - 1) * x ** (i - 2) for i in range(1, 7)]; b[4 + row] = u * l * l
    return np.linalg.solve(A, b)


def normsys_factor(code, a, hi, lo):
    if code == 'code1':
        return hi ** a if a > 0 else lo ** (-a)
    if code == 'code4':
        if a >= 1: return hi ** a
        if a <= -1: return lo ** (-a)
        c = code4_coefficients(hi, lo)
        return 1 + sum(c[i] * a ** (i + 1) for i in range(6))
    return 1 + histo_delta(code, a, 1.0, hi, lo)


def histo_delta(code, a, nom, hi, lo):
    dp, dm = hi - nom, nom - lo
    if code == 'code0':
        return a * dp if a > 0 else a * dm
    if code == 'code2':
        aa, bb = 0.5 * (hi + lo) - nom, 0.5 * (hi - lo)
        if a > 1: return (bb + 2 * aa) * (a - 1)
        if a < -1: return (bb - 2 * aa) * (a + 1)
        return aa * a * a + bb * a
    if code == 'code4p':
        if a > 1: return a * dp
        if a < -1: return a * dm
        S, A = 0.5 * (dp + dm), (dp - dm) / 16
        return a * S + A * (15 * a ** 2 - 10 * a ** 4 + 3 * a ** 6)
    raise ValueError(code)


def build(spec, meas_name=None):
    chans = sorted(spec['channels'], key=lambda c: c['name'])
    meas = spec['measurements'][0] if meas_name is None else [m for m in spec['measurements'] if m['name'] == meas_name][0]
    config = {p['name']: p for p in meas['config'].get('parameters', [])}
    found = {t: {} for t in TYPE_ORDER}   # type -> name -> info, in first-occurrence order
    for c in chans:
        nb = len(c['samples'][0]['data'])
        for s in sorted(c['samples'], key=lambda s: s['name']):
            for m in sorted(s['modifiers'], key=lambda m: (m['name'], m['type'])):
                info = found[m['type']].setdefault(m['name'], {'n': nb if m['type'] in VECTOR else 1, 'nom': [0.0] * nb, 'sq': [0.0] * nb})
                if m['type'] == 'staterror':
                    for i in range(nb):
                        info['nom'][i] += s['data'][i]; info['sq'][i] += m['data'][i] ** 2
                if m['type'] == 'shapesys':
                    info['tau'] = [(n / u) ** 2 if n > 0 and u > 0 else None for n, u in zip(s['data'], m['data'])]
    pars = []   # (name, type, n, inits, bounds, fixed, constraint, aux, widths)
    seen = set()
    for t in TYPE_ORDER:
        for name, info in found[t].items():
            if name in seen: continue
            seen.add(name); n = info['n']
            if t in ('normsys', 'histosys'):
                p = dict(inits=[0.0], bounds=[[-5.0, 5.0]], fixed=[False], con='gauss', aux=[0.0], w=[1.0])
            elif t in ('normfactor', 'shapefactor'):
                p = dict(inits=[1.0] * n, bounds=[[0.0, 10.0]] * n, fixed=[False] * n, con=None, aux=[], w=[])
            elif t == 'lumi':
                cfg = config[name]; a, sg = cfg['auxdata'][0], cfg['sigmas'][0]
                p = dict(inits=[a], bounds=[[a - 5 * sg, a + 5 * sg]], fixed=[False], con='gauss', aux=[a], w=[sg])
            elif t == 'staterror':
                rel = [math.sqrt(q) / v if v != 0 else 0.0 for q, v in zip(info['sq'], info['nom'])]
                p = dict(inits=[1.0] * n, bounds=[[1e-10, 10.0]] * n, fixed=[r == 0 for r in rel], con='gauss',
                         aux=[1.0] * n, w=[r if r != 0 else 1.0 for r in rel])
            else:
                tau = [x if x is not None else 1.0 for x in info['tau']]
                p = dict(inits=[1.0] * n, bounds=[[1e-10, 10.0]] * n, fixed=[x is None for x in info['tau']],
                         con='pois', aux=list(tau), w=list(tau))
            cfg = config.get(name)
            if cfg:
                if 'inits' in cfg: p['inits'] = list(cfg['inits'])
                if 'bounds' in cfg: p['bounds'] = [list(b) for b in cfg['bounds']]
                if 'fixed' in cfg: p['fixed'] = [bool(cfg['fixed'])] * n
                if 'auxdata' in cfg and p['con']: p['aux'] = list(cfg['auxdata'])
                if 'sigmas' in cfg and p['con'] == 'gauss': p['w'] = list(cfg['sigmas'])
            p.update(name=name, type=t, n=n)
            pars.append(p)
    obs = {o['name']: o['data'] for o in spec['observations']}
    return chans, pars, obs, meas


def names(pars):
    out = []
    for p in pars:
        out += [f"{p['name']}[{i}]" for i in range(p['n'])] if p['type'] in VECTOR else [p['name']]
    return out


def log_pois(n, nu, exact):
    if exact:
        # 50 significant digits: pyhf's double-precision arithmetic loses ~1e-3 when tau ~ 1e11
        n, nu = mpmath.mpf(n), mpmath.mpf(nu)
        return (n * mpmath.log(nu) if n > 0 else 0) - nu - mpmath.loggamma(n + 1)
    return (n * math.log(nu) if n > 0 else 0.0) - nu - lgamma(n + 1)


def twice_nll(chans, pars, obs, x, codes, exact=True):
    val = {}
    k = 0
    for p in pars:
        val[p['name']] = x[k:k + p['n']]; k += p['n']
    logl = 0.0
    for c in chans:
        nb = len(c['samples'][0]['data'])
        nu = np.zeros(nb)
        for s in c['samples']:
            nom = np.array(s['data'], float)
            total = nom.copy(); fac = np.ones(nb)
            for m in s['modifiers']:
                t, v = m['type'], val[m['name']]
                if t in ('normfactor', 'lumi'): fac *= v[0]
                elif t == 'normsys': fac *= normsys_factor(codes['normsys'], v[0], m['data']['hi'], m['data']['lo'])
                elif t == 'histosys':
                    total += np.array([histo_delta(codes['histosys'], v[0], nom[i], m['data']['hi_data'][i], m['data']['lo_data'][i]) for i in range(nb)])
                else: fac *= np.array(v)
            nu += total * fac
        for n, v in zip(obs[c['name']], nu):
            logl += log_pois(n, v, exact)
    for p in pars:
        v = val[p['name']]
        for i in range(p['n']):
            if p['con'] == 'gauss':
                a, sg = p['aux'][i], p['w'][i]
                logl += -math.log(sg * math.sqrt(2 * math.pi)) - (a - v[i]) ** 2 / (2 * sg * sg)
            elif p['con'] == 'pois':
                a, rate = p['aux'][i], v[i] * p['w'][i]
                logl += log_pois(a, rate, exact)
    return float(-2 * logl)


def shifted_point(pars):
    # deterministic interior point: init + 0.3 * sin(k + 1) * (distance to the nearer bound, at most 1)
    x = []
    k = 0
    for p in pars:
        for i in range(p['n']):
            lo, hi = p['bounds'][i]; x0 = p['inits'][i]
            step = min(1.0, hi - x0, x0 - lo)
            x.append(x0 if p['fixed'][i] else x0 + 0.3 * math.sin(k + 1) * step)
            k += 1
    return np.array(x)


CASES = [
    # id, workspace, patch, interpolation codes
    ('1bin_shapesys', 'pyhf_validation/1bin_shapesys.json', None, 'validation'),
    ('1bin_shapesys_q0', 'pyhf_validation/1bin_shapesys_q0.json', None, 'validation'),
    ('1bin_lumi', 'pyhf_validation/1bin_lumi.json', None, 'validation'),
    ('1bin_normsys', 'pyhf_validation/1bin_normsys.json', None, 'validation'),
    ('2bin_histosys', 'pyhf_validation/2bin_histosys.json', None, 'validation'),
    ('2bin_2channel', 'pyhf_validation/2bin_2channel.json', None, 'validation'),
    ('2bin_2channel_couplednorm', 'pyhf_validation/2bin_2channel_couplednorm.json', None, 'validation'),
    ('2bin_2channel_coupledhistosys', 'pyhf_validation/2bin_2channel_coupledhistosys.json', None, 'validation'),
    ('2bin_2channel_coupledshapefactor', 'pyhf_validation/2bin_2channel_coupledshapefactor.json', None, 'validation'),
    ('shapesys_nuisparfilter', 'pyhf_validation/shapesys_nuisparfilter.json', None, 'default'),
    ('2bin_histosys_code2', 'pyhf_validation/2bin_histosys.json', None, 'code2'),
    ('sbottom_regionA', 'atlas_sbottom_regionA/BkgOnly.json', 'atlas_sbottom_regionA/patch.sbottom_1300_205_60.json', 'default'),
    ('sbottom_regionC', 'atlas_sbottom_regionC/BkgOnly.json', 'atlas_sbottom_regionC/patch.sbottom_1600_850_60.json', 'default'),
    ('ewk3l_erjr', 'atlas_ewk3l_erjr/BkgOnly.json', 'atlas_ewk3l_erjr/patch.ERJR_200p0_100p0.json', 'default'),
    ('staus_combined', 'atlas_staus_combined/BkgOnly.json', 'atlas_staus_combined/patch.DS_400_40_Staus.json', 'default'),
    ('staus_combined_validation_codes', 'atlas_staus_combined/BkgOnly.json', 'atlas_staus_combined/patch.DS_400_40_Staus.json', 'validation'),
    ('synthetic_large', 'synthetic_large/workspace.json', None, 'default'),
    ('belle2_knunu_combined', '@examples/belle2_knunu_combined/combined_likelihood.json', None, 'default'),
]
CODES = {'default': {'normsys': 'code4', 'histosys': 'code4p'},
         'validation': {'normsys': 'code1', 'histosys': 'code0'},
         'code2': {'normsys': 'code4', 'histosys': 'code2'}}


def load(path):
    full = os.path.join(ROOT, path[1:]) if path.startswith('@') else os.path.join(WS, path)
    with open(full) as f:
        return json.load(f)


def main():
    out = {'_comment': 'generated by pyhf_reference_nll.py (independent numpy transcription of the pyhf likelihood)'}
    for cid, ws, patch, codes in CASES:
        spec = load(ws)
        if patch:
            pset = load(patch)
            ops = pset if isinstance(pset, list) else pset['patches'][0]['patch']
            spec = jsonpatch.apply_patch(spec, ops)
        chans, pars, obs, meas = build(spec)
        x0 = np.array([v for p in pars for v in p['inits']], float)
        x1 = shifted_point(pars)
        out[cid] = {'workspace': ws, 'patch': patch, 'interpolation': CODES[codes],
                    'poi': meas['config']['poi'], 'names': names(pars), 'init': list(x0),
                    'twice_nll_init': twice_nll(chans, pars, obs, x0, CODES[codes]),
                    'twice_nll_init_double_precision': twice_nll(chans, pars, obs, x0, CODES[codes], exact=False),
                    'shifted': list(x1), 'twice_nll_shifted': twice_nll(chans, pars, obs, x1, CODES[codes])}
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
