#!/usr/bin/python3
"""Speed peer: stage 2's Recycle-GAN (with the Hausdorff-distance contour term) in PyTorch.

A speed peer only: no test uses it. It exists so that the training speed of the C++/LibTorch code
can be compared side by side with the same networks and the same training step in PyTorch.

It mirrors, layer by layer and term by term:
- core/gan/GanNetworks.h/.cpp: GanConv (Conv2d, N(0, 0.02) weights, zero bias), ResidualBlock,
  ResnetGenerator (G1, G2, the predictors P1/P2 with S slices stacked as channels, the SpCycleGAN
  segmentor), PatchDiscriminator (D1, D2), stackSlices, and the order in which GanNetworks creates
  the networks from one seed;
- core/gan/GanLosses.h/.cpp: lsganGeneratorLoss, lsganDiscriminatorLoss, l1Loss, recurrentLoss,
  recycleLoss, geometryLoss, boundaryDistance and contourLoss (the distance transforms run on CPU
  numpy arrays with scipy.ndimage.distance_transform_edt, no gradient, as the C++ runs its CPU EDT);
- core/gan/GanTrainer.cpp: generatorStep (the discriminators frozen; the terms of each mode with the
  weights lambda1..5 = 1, 10, 10, 10, 0.1, spatial 1, geometry --geometry-weight) and
  discriminatorStep (D1, D2 on the real runs against the detached fakes), in that order; one Adam
  per side, lr 1e-4, betas 0.5 / 0.999; each term read back (.item()) and checked for finiteness;
- core/gan/GanConfig.h/.cpp: the default small configuration (64^2 slices, S = 10, generator width
  16, 3 residual blocks, 2 downsamplings, discriminator width 16 with 3 layers) and
  GanNetworkConfig::publication() (--publication: 128^2 slices, width 64, 9 blocks, discriminator
  width 64); explicit size options override --publication's values.

Convolutions: --conv native (default) runs torch.nn.Conv2d, what a PyTorch user writes; --conv
onednn routes every convolution through torch.mkldnn_convolution as GanConvImpl::forward does on the
CPU (LibTorch 1.13 otherwise sends batch-1 convolutions of few channels to a slower path).

Data: a fresh random run of S + 1 slices per domain and step, [S + 1, 1, H, W] in [-1, 1] (domain A:
thresholded, blurred smooth noise, with the binary mask q = (a > 0) as I_binary; domain B: smooth
noise plus pixel noise). Drawing the data is not timed.

Run (Debian's python3-torch 1.13 and python3-scipy; no pip):
    /usr/bin/python3 tests/peers/recyclegan_torch.py                       # recyclegan-hd, 64^2, S = 10
    /usr/bin/python3 tests/peers/recyclegan_torch.py --mode cyclegan --steps 5 --threads 2
    /usr/bin/python3 tests/peers/recyclegan_torch.py --publication --steps 3 --warmup 1
Prints the parameter counts (and the C++ counts computed from GanNetworks.cpp's construction) to
stderr, then one line of JSON to stdout: peer, mode, sizes, threads, steps, seconds_per_step,
steps_per_second, torch version and the last step's loss terms.
"""
import argparse
import json
import math
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

try:
    from scipy import ndimage
except ImportError:  # a brute-force EDT would make the peer meaninglessly slow
    sys.exit("recyclegan_torch.py needs scipy (Debian: python3-scipy) for the distance transforms")

MODES = ("recyclegan-hd", "recyclegan", "cyclegan", "spcyclegan")

SMALL = dict(slice_size=64, slices=10, generator_filters=16, generator_blocks=3, downsamplings=2,
             discriminator_filters=16, discriminator_layers=3)
# GanNetworkConfig::publication(): predictorSlices stays at its default 10.
PUBLICATION = dict(slice_size=128, slices=10, generator_filters=64, generator_blocks=9, downsamplings=2,
                   discriminator_filters=64, discriminator_layers=3)


def uses_predictors(mode):
    return mode in ("recyclegan", "recyclegan-hd")


# ---------------------------------------------------------------- networks (GanNetworks.cpp)

def reflect_pad(x, p):
    return F.pad(x, (p, p, p, p), mode="reflect")


def instance_norm(x):
    # No affine parameters, no running statistics (CycleGAN's instance normalisation).
    return F.instance_norm(x, eps=1e-5)


class GanConv(nn.Module):
    onednn = False  # set from --conv

    def __init__(self, cin, cout, kernel, stride, padding):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, kernel, stride=stride, padding=padding)
        self.stride = stride
        self.padding = padding
        # CycleGAN's initialisation: N(0, 0.02) weights, zero bias.
        with torch.no_grad():
            self.conv.weight.normal_(0.0, 0.02)
            self.conv.bias.zero_()

    def forward(self, x):
        if GanConv.onednn and x.device.type == "cpu" and x.dtype == torch.float32:
            return torch.mkldnn_convolution(x.contiguous(), self.conv.weight.contiguous(), self.conv.bias,
                                            [self.padding] * 2, [self.stride] * 2, [1, 1], 1)
        return self.conv(x)


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv1 = GanConv(channels, channels, 3, 1, 0)
        self.conv2 = GanConv(channels, channels, 3, 1, 0)

    def forward(self, x):
        y = torch.relu(instance_norm(self.conv1(reflect_pad(x, 1))))
        y = instance_norm(self.conv2(reflect_pad(y, 1)))
        return x + y


class ResnetGenerator(nn.Module):
    """7x7 stem, stride-2 downsamplings, residual blocks, nearest upsampling + 3x3 conv, 7x7 head, tanh."""

    def __init__(self, cin, cout, filters, downsamplings, blocks):
        super().__init__()
        self.stem = GanConv(cin, filters, 7, 1, 0)
        channels = filters
        down = []
        for _ in range(downsamplings):
            down.append(GanConv(channels, channels * 2, 3, 2, 1))
            channels *= 2
        self.down = nn.ModuleList(down)
        self.blocks = nn.ModuleList([ResidualBlock(channels) for _ in range(blocks)])
        up = []
        for _ in range(downsamplings):
            up.append(GanConv(channels, channels // 2, 3, 1, 1))
            channels //= 2
        self.up = nn.ModuleList(up)
        self.head = GanConv(channels, cout, 7, 1, 0)

    def forward(self, x):
        x = torch.relu(instance_norm(self.stem(reflect_pad(x, 3))))
        for down in self.down:
            x = torch.relu(instance_norm(down(x)))
        for block in self.blocks:
            x = block(x)
        for up in self.up:
            x = F.interpolate(x, scale_factor=(2.0, 2.0), mode="nearest")
            x = torch.relu(instance_norm(up(x)))
        return torch.tanh(self.head(reflect_pad(x, 3)))


class PatchDiscriminator(nn.Module):
    """pix2pix's PatchGAN: 4x4 convolutions, stride 2 but in the last layer, width doubling up to 8x."""

    def __init__(self, cin, filters, layers):
        super().__init__()
        convs = [GanConv(cin, filters, 4, 2, 1)]
        self.normalise = [False]
        channels = filters
        for i in range(1, layers):
            nxt = filters * min(1 << i, 8)
            stride = 2 if i < layers - 1 else 1
            convs.append(GanConv(channels, nxt, 4, stride, 1))
            self.normalise.append(True)
            channels = nxt
        self.layers = nn.ModuleList(convs)
        self.head = GanConv(channels, 1, 4, 1, 1)

    def forward(self, x):
        for conv, norm in zip(self.layers, self.normalise):
            x = conv(x)
            if norm:
                x = instance_norm(x)
            x = F.leaky_relu(x, 0.2)
        return self.head(x)


class GanNetworks:
    """The networks of one mode, created in GanNetworks' order from torch's global generator."""

    def __init__(self, c, seed):
        torch.manual_seed(seed)
        gf = c["generator_filters"]
        d, b = c["downsamplings"], c["generator_blocks"]
        self.g1 = ResnetGenerator(1, 1, gf, d, b)
        self.g2 = ResnetGenerator(1, 1, gf, d, b)
        self.d1 = PatchDiscriminator(1, c["discriminator_filters"], c["discriminator_layers"])
        self.d2 = PatchDiscriminator(1, c["discriminator_filters"], c["discriminator_layers"])
        self.p1 = self.p2 = self.segmentor = None
        if uses_predictors(c["mode"]):
            self.p1 = ResnetGenerator(c["slices"], 1, gf, d, b)
            self.p2 = ResnetGenerator(c["slices"], 1, gf, d, b)
        if c["mode"] == "spcyclegan":
            self.segmentor = ResnetGenerator(1, 1, gf, d, b)
        for _, m in self.all():
            m.train()

    def all(self):
        out = [("G1", self.g1), ("G2", self.g2)]
        if self.p1 is not None:
            out += [("P1", self.p1), ("P2", self.p2)]
        if self.segmentor is not None:
            out.append(("S", self.segmentor))
        return out + [("D1", self.d1), ("D2", self.d2)]

    def generator_parameters(self):
        return [p for net in (self.g1, self.g2, self.p1, self.p2, self.segmentor) if net is not None
                for p in net.parameters()]

    def discriminator_parameters(self):
        return [p for net in (self.d1, self.d2) for p in net.parameters()]


def stack_slices(slices):
    """[S, 1, H, W] -> [1, S, H, W]."""
    return slices.reshape(1, slices.shape[0], slices.shape[2], slices.shape[3])


# C++ parameter counts, worked out from the construction loops of GanNetworks.cpp (conv: in*out*k*k
# weights + out biases; no norm parameters).
def conv_params(cin, cout, k):
    return cin * cout * k * k + cout


def cpp_generator_params(cin, cout, f, downsamplings, blocks):
    n = conv_params(cin, f, 7)
    c = f
    for _ in range(downsamplings):
        n += conv_params(c, 2 * c, 3)
        c *= 2
    n += blocks * 2 * conv_params(c, c, 3)
    for _ in range(downsamplings):
        n += conv_params(c, c // 2, 3)
        c //= 2
    return n + conv_params(c, cout, 7)


def cpp_discriminator_params(cin, f, layers):
    n = conv_params(cin, f, 4)
    c = f
    for i in range(1, layers):
        nxt = f * min(1 << i, 8)
        n += conv_params(c, nxt, 4)
        c = nxt
    return n + conv_params(c, 1, 4)


# ---------------------------------------------------------------- losses (GanLosses.cpp)

def lsgan_generator_loss(fake):
    return (fake - 1.0).pow(2).mean()


def lsgan_discriminator_loss(real, fake):
    return 0.5 * ((real - 1.0).pow(2).mean() + fake.pow(2).mean())


def l1_loss(a, b):
    return (a - b).abs().mean()


def recurrent_loss(predictor, run):
    s = run.shape[0] - 1
    return l1_loss(predictor(stack_slices(run[0:s])), run[s:s + 1])


def recycle_loss(mapped_run, predictor, back, run):
    s = run.shape[0] - 1
    return l1_loss(back(predictor(stack_slices(mapped_run[0:s]))), run[s:s + 1])


def geometry_loss(generated, reference):
    smooth = F.avg_pool2d(generated, (5, 5), (1, 1), (2, 2), ceil_mode=False, count_include_pad=False)
    g = smooth - smooth.mean()
    r = reference - reference.mean()
    correlation = (g * r).mean() / (g.pow(2).mean() * r.pow(2).mean() + 1e-12).sqrt()
    return 1.0 - correlation


def boundary_distance(mask):
    """Per slice: distance to the nearest pixel of the other class (0 for a one-class slice), no grad."""
    m = mask.detach().to("cpu").to(torch.uint8).numpy()
    n, _, h, w = m.shape
    out = np.zeros((n, 1, h, w), dtype=np.float32)
    for i in range(n):
        inside = m[i, 0] != 0
        count = int(inside.sum())
        if count == 0 or count == h * w:
            continue  # no boundary in this slice
        out[i, 0] = ndimage.distance_transform_edt(inside) + ndimage.distance_transform_edt(~inside)
    return torch.from_numpy(out).to(mask.device)


def contour_loss(p, q):
    with torch.no_grad():
        dq = boundary_distance(q > 0.5)
        dp = boundary_distance(p.detach() > 0.5)
        weight = dq * dq + dp * dp
    return torch.sqrt(((p - q).pow(2) * weight).mean() + 1e-8)


# ---------------------------------------------------------------- training step (GanTrainer.cpp)

class NonFiniteLoss(RuntimeError):
    pass


def checked_value(loss, term):
    value = loss.item()
    if not math.isfinite(value):
        raise NonFiniteLoss(f"the {term} loss is {'NaN' if math.isnan(value) else 'infinite'}")
    return value


class Frozen:
    """Freezes parameters for a scope (FrozenScope)."""

    def __init__(self, parameters):
        self.parameters = parameters

    def __enter__(self):
        for p in self.parameters:
            p.requires_grad_(False)

    def __exit__(self, *exc):
        for p in self.parameters:
            p.requires_grad_(True)
        return False


class GanTrainer:
    def __init__(self, config, weights, seed, lr=1e-4, betas=(0.5, 0.999)):
        self.mode = config["mode"]
        self.w = weights
        self.nets = GanNetworks(config, seed)
        self.g_opt = torch.optim.Adam(self.nets.generator_parameters(), lr=lr, betas=betas)
        self.d_opt = torch.optim.Adam(self.nets.discriminator_parameters(), lr=lr, betas=betas)
        self.real_a = self.real_b = self.fake_a = self.fake_b = None

    def generator_step(self, batch):
        w, n = self.w, self.nets
        self.real_a, self.real_b = batch["a"], batch["b"]
        binary = batch["a_binary"]
        s = self.real_a.shape[0] - 1
        out = {}
        with Frozen(n.discriminator_parameters()):
            self.g_opt.zero_grad()
            g1, g2 = n.g1, n.g2
            self.fake_b = g1(self.real_a)
            self.fake_a = g2(self.real_b)
            gan_g1 = lsgan_generator_loss(n.d2(self.fake_b))
            gan_g2 = lsgan_generator_loss(n.d1(self.fake_a))
            total = gan_g1 + gan_g2
            out["gan_g1"] = checked_value(gan_g1, "GAN (G1)")
            out["gan_g2"] = checked_value(gan_g2, "GAN (G2)")
            if w["geometry"] > 0.0:
                geometry = geometry_loss(self.fake_b, self.real_a)
                total = total + w["geometry"] * geometry
                out["geometry"] = checked_value(geometry, "geometry (G1)")
            if uses_predictors(self.mode):
                p1, p2 = n.p1, n.p2
                recurrent_a = recurrent_loss(p1, self.real_a)
                recurrent_b = recurrent_loss(p2, self.real_b)
                recycle_a = recycle_loss(self.fake_b, p2, g2, self.real_a)
                recycle_b = recycle_loss(self.fake_a, p1, g1, self.real_b)
                total = (total + w["recycle_a"] * recycle_a + w["recycle_b"] * recycle_b
                         + w["recurrent_a"] * recurrent_a + w["recurrent_b"] * recurrent_b)
                out["recurrent_a"] = checked_value(recurrent_a, "recurrent (P1)")
                out["recurrent_b"] = checked_value(recurrent_b, "recurrent (P2)")
                out["recycle_a"] = checked_value(recycle_a, "recycle (G1, G2, P2)")
                out["recycle_b"] = checked_value(recycle_b, "recycle (G2, G1, P1)")
                if self.mode == "recyclegan-hd":
                    p = (p1(stack_slices(g2(self.fake_b[0:s]))) + 1.0) * 0.5
                    contour = contour_loss(p, binary[s:s + 1])
                    total = total + w["contour"] * contour
                    out["contour"] = checked_value(contour, "contour (Hausdorff)")
            else:
                cycle_a = l1_loss(g2(self.fake_b), self.real_a)
                cycle_b = l1_loss(g1(self.fake_a), self.real_b)
                total = total + w["recycle_a"] * cycle_a + w["recycle_b"] * cycle_b
                out["recycle_a"] = checked_value(cycle_a, "cycle A")
                out["recycle_b"] = checked_value(cycle_b, "cycle B")
                if self.mode == "spcyclegan":
                    spatial = (n.segmentor(self.fake_b) - (binary * 2.0 - 1.0)).pow(2).mean()
                    total = total + w["spatial"] * spatial
                    out["spatial"] = checked_value(spatial, "spatial constraint")
            out["generator_total"] = checked_value(total, "generator total")
            total.backward()
            self.g_opt.step()
        self.fake_a = self.fake_a.detach()
        self.fake_b = self.fake_b.detach()
        return out

    def discriminator_step(self, out):
        n = self.nets
        self.d_opt.zero_grad()
        d1 = lsgan_discriminator_loss(n.d1(self.real_a), n.d1(self.fake_a))
        d2 = lsgan_discriminator_loss(n.d2(self.real_b), n.d2(self.fake_b))
        out["discriminator_d1"] = checked_value(d1, "discriminator D1")
        out["discriminator_d2"] = checked_value(d2, "discriminator D2")
        (d1 + d2).backward()
        self.d_opt.step()
        return out


# ---------------------------------------------------------------- data

def smooth_noise(gen, depth, size, cell):
    """Noise on a coarse grid, trilinearly upsampled to [depth, size, size], roughly N(0, 1)."""
    coarse = torch.randn(1, 1, max(2, depth // 3 + 1), size // cell + 2, size // cell + 2, generator=gen)
    fine = F.interpolate(coarse, size=(depth, size + 2 * cell, size + 2 * cell), mode="trilinear",
                         align_corners=False)[0, 0, :, cell:cell + size, cell:cell + size]
    return fine / fine.std().clamp_min(1e-6)


def make_batch(gen, slices, size):
    """Runs of S + 1 slices [S + 1, 1, H, W] in [-1, 1] for both domains, plus A's binary mask."""
    depth = slices + 1
    blobs = (smooth_noise(gen, depth, size, 8) > 0.5).float()  # I_binary: blobs with boundaries
    a = F.avg_pool2d(blobs.unsqueeze(1), 5, 1, 2, count_include_pad=False) * 2.0 - 1.0  # blurred
    a_binary = (a > 0).float()
    b = (0.6 * smooth_noise(gen, depth, size, 4) + 0.2 * torch.randn(depth, size, size, generator=gen))
    b = b.clamp(-1.0, 1.0).unsqueeze(1)
    return {"a": a.contiguous(), "a_binary": a_binary.contiguous(), "b": b.contiguous()}


# ---------------------------------------------------------------- main

def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="PyTorch speed peer of Nuclei3D's stage-2 GAN training step.")
    ap.add_argument("--mode", choices=MODES, default="recyclegan-hd")
    ap.add_argument("--slice-size", type=int, default=None, help="slice edge (64; 128 with --publication)")
    ap.add_argument("--slices", type=int, default=None, help="S: slices stacked into P1/P2 (10)")
    ap.add_argument("--generator-filters", type=int, default=None, help="16 (64 with --publication)")
    ap.add_argument("--generator-blocks", type=int, default=None, help="3 (9 with --publication)")
    ap.add_argument("--downsamplings", type=int, default=None, help="2")
    ap.add_argument("--discriminator-filters", type=int, default=None, help="16 (64 with --publication)")
    ap.add_argument("--discriminator-layers", type=int, default=None, help="3")
    ap.add_argument("--publication", action="store_true",
                    help="GanNetworkConfig::publication(): 128^2 slices, width 64, 9 residual blocks")
    ap.add_argument("--steps", type=int, default=20, help="timed training steps")
    ap.add_argument("--warmup", type=int, default=3, help="untimed training steps first")
    ap.add_argument("--threads", type=int, default=1, help="torch.set_num_threads")
    ap.add_argument("--geometry-weight", type=float, default=1.0, help="gan.lambda_geometry (0 = off)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--conv", choices=("native", "onednn"), default="native",
                    help="native: nn.Conv2d; onednn: torch.mkldnn_convolution as GanConvImpl on the CPU")
    args = ap.parse_args(argv)

    base = PUBLICATION if args.publication else SMALL
    config = {"mode": args.mode}
    for key, default in base.items():
        value = getattr(args, key)
        config[key] = default if value is None else value
    # GanConfig.cpp's validate(), the parts that concern the networks.
    if config["slices"] < 2:
        ap.error("--slices must be at least 2")
    if (config["downsamplings"] < 1 or config["generator_filters"] < 1 or config["discriminator_filters"] < 1
            or config["discriminator_layers"] < 1 or config["generator_blocks"] < 0):
        ap.error("network sizes must be positive")
    multiple = 1 << config["downsamplings"]
    if config["slice_size"] < 8 or config["slice_size"] % multiple != 0:
        ap.error(f"--slice-size must be a multiple of {multiple} (2 to the power --downsamplings), at least 8")
    strided = 1 + max(0, config["discriminator_layers"] - 2)
    if strided >= 16 or (config["slice_size"] >> strided) < 3:
        ap.error("--slice-size is too small for the discriminator")
    if args.steps < 1 or args.warmup < 0 or args.threads < 1:
        ap.error("--steps and --threads must be positive, --warmup not negative")
    return args, config


def main(argv=None):
    args, config = parse_args(argv)
    torch.set_num_threads(args.threads)
    GanConv.onednn = args.conv == "onednn" and torch.backends.mkldnn.is_available()
    weights = {"recycle_a": 1.0, "recycle_b": 10.0, "recurrent_a": 10.0, "recurrent_b": 10.0,
               "contour": 0.1, "spatial": 1.0, "geometry": args.geometry_weight}
    trainer = GanTrainer(config, weights, args.seed)

    gf, d, b = config["generator_filters"], config["downsamplings"], config["generator_blocks"]
    expected = {"G1": cpp_generator_params(1, 1, gf, d, b), "G2": cpp_generator_params(1, 1, gf, d, b),
                "P1": cpp_generator_params(config["slices"], 1, gf, d, b),
                "P2": cpp_generator_params(config["slices"], 1, gf, d, b),
                "S": cpp_generator_params(1, 1, gf, d, b),
                "D1": cpp_discriminator_params(1, config["discriminator_filters"], config["discriminator_layers"]),
                "D2": cpp_discriminator_params(1, config["discriminator_filters"], config["discriminator_layers"])}
    counts = {}
    for name, net in trainer.nets.all():
        counts[name] = sum(p.numel() for p in net.parameters())
        verdict = "match" if counts[name] == expected[name] else "DIFFER"
        print(f"params {name}: {counts[name]} (C++ by hand: {expected[name]}, {verdict})", file=sys.stderr)

    gen = torch.Generator().manual_seed(args.seed + 1000003)
    times = []
    losses = {}
    for step in range(args.warmup + args.steps):
        batch = make_batch(gen, config["slices"], config["slice_size"])  # not timed
        start = time.perf_counter()
        losses = trainer.generator_step(batch)
        trainer.discriminator_step(losses)
        elapsed = time.perf_counter() - start
        if step >= args.warmup:
            times.append(elapsed)

    per_step = sum(times) / len(times)
    result = {"peer": "pytorch", "mode": config["mode"], "slice_size": config["slice_size"],
              "slices": config["slices"], "threads": args.threads, "steps": args.steps,
              "seconds_per_step": round(per_step, 6), "steps_per_second": round(1.0 / per_step, 6),
              "torch": torch.__version__,
              "seconds_per_step_median": round(statistics.median(times), 6),
              "seconds_per_step_min": round(min(times), 6),
              "warmup": args.warmup, "conv": "onednn" if GanConv.onednn else "native",
              "generator_filters": gf, "generator_blocks": b, "downsamplings": d,
              "discriminator_filters": config["discriminator_filters"],
              "discriminator_layers": config["discriminator_layers"],
              "geometry_weight": args.geometry_weight, "seed": args.seed, "parameters": counts,
              "losses": {k: round(v, 6) for k, v in losses.items()}}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
